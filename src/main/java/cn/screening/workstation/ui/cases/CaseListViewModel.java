package cn.screening.workstation.ui.cases;

import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.cases.CaseSort;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.CaseListItem;
import cn.screening.workstation.service.CaseSource;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PageCursor;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The case list: filters, sort, 50 a page, masked rows; a full ID only on request, for roles that may. */
public final class CaseListViewModel {

    public static final int PAGE_SIZE = 50;

    private final CaseSource source;
    private final RuleBook rules;
    private final String countyCode;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Disease> disease = new SimpleObjectProperty<>();
    private final ObjectProperty<Division> township = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseSort> sort = new SimpleObjectProperty<>(CaseSort.NEWEST_FIRST);
    private final ObservableList<Disease> diseases = FXCollections.observableArrayList();
    private final ObservableList<Division> townships = FXCollections.observableArrayList();
    private final ObservableList<CaseListItem> items = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final PageCursor cursor;

    public CaseListViewModel(CaseSource source, RuleBook rules, String countyCode, ScreenKit kit) {
        this.source = source;
        this.rules = rules;
        this.countyCode = countyCode;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.cursor = new PageCursor(PAGE_SIZE, i18n, "cases.page", "cases.page.more");
    }

    /** Reads the filter choices (the county's townships, the diseases) in the background, then the first page. */
    public void load() {
        tasks.run(() -> new Choices(rules.divisions().children(countyCode), rules.diseases().active()))
                .onSuccess(c -> {
                    townships.setAll(c.townships());
                    diseases.setAll(c.diseases());
                })
                .start();
        search();
    }

    private record Choices(List<Division> townships, List<Disease> diseases) {
    }

    /** Applies the filters from the first page. */
    public void search() {
        cursor.first();
        reload();
    }

    public void nextPage() {
        if (cursor.next()) {
            reload();
        }
    }

    public void previousPage() {
        if (cursor.previous()) {
            reload();
        }
    }

    /** The current page again (F5, or after a save elsewhere). */
    public void reload() {
        CaseQuery query = query();
        tasks.run(() -> source.search(query))
                .onSuccess(this::show)
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    CaseQuery query() {
        String idText = IdNumber.normalise(idNumber.get());
        return new CaseQuery(blankToNull(name.get()), idText.isEmpty() ? null : idText, status.get(),
                disease.get() == null ? null : disease.get().code(), township.get() == null ? null : township.get().code(),
                sort.get() == null ? CaseSort.NEWEST_FIRST : sort.get(), cursor.offset(), PAGE_SIZE);
    }

    private void show(Page<CaseListItem> page) {
        items.setAll(page.items());
        cursor.shown(page);
        message.set(page.total() == 0 ? i18n.get("cases.none") : "");
    }

    public boolean mayReveal() {
        return source.mayReveal();
    }

    /** Shows the row's full ID number in the message line; the service audits it. */
    public void reveal(CaseListItem item) {
        if (item == null) {
            return;
        }
        tasks.run(() -> source.revealIdNumber(item.caseId()))
                .onSuccess(full -> message.set(i18n.get("cases.revealed", item.caseNo(), full)))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .start();
    }

    /** Opens the case (an audited view) and hands it to {@code show}. */
    public void open(CaseListItem item, Consumer<CaseDetails> show) {
        if (item == null) {
            return;
        }
        tasks.run(() -> source.open(item.caseId()))
                .onSuccess(show)
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .start();
    }

    public void clearFilters() {
        name.set("");
        idNumber.set("");
        status.set(null);
        disease.set(null);
        township.set(null);
        search();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long total() {
        return cursor.total();
    }

    public int offset() {
        return cursor.offset();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty idNumber() {
        return idNumber;
    }

    public ObjectProperty<CaseStatus> status() {
        return status;
    }

    public ObjectProperty<Disease> disease() {
        return disease;
    }

    public ObjectProperty<Division> township() {
        return township;
    }

    public ObjectProperty<CaseSort> sort() {
        return sort;
    }

    public ObservableList<Disease> diseases() {
        return diseases;
    }

    public ObservableList<Division> townships() {
        return townships;
    }

    public ObservableList<CaseListItem> items() {
        return items;
    }

    public ReadOnlyStringProperty pageText() {
        return cursor.text();
    }

    public ReadOnlyBooleanProperty hasPrevious() {
        return cursor.hasPrevious();
    }

    public ReadOnlyBooleanProperty hasNext() {
        return cursor.hasNext();
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
