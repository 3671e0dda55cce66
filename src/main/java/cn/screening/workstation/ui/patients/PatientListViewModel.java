package cn.screening.workstation.ui.patients;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.PatientListItem;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.PatientSource;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PageCursor;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
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

/**
 * The 患者 list: every patient registered or imported here, searched by name, ID number, township
 * and poverty group, 50 a page, masked; opening one is an audited view.
 */
public final class PatientListViewModel {

    public static final int PAGE_SIZE = 50;

    private final PatientSource source;
    private final RuleBook rules;
    private final String countyCode;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ObjectProperty<Division> township = new SimpleObjectProperty<>();
    private final ObjectProperty<PovertyStatus> poverty = new SimpleObjectProperty<>();
    private final ObservableList<Division> townships = FXCollections.observableArrayList();
    private final ObservableList<PovertyStatus> povertyGroups = FXCollections.observableArrayList(PovertyStatus.values());
    private final ObservableList<PatientListItem> items = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final PageCursor cursor;

    public PatientListViewModel(PatientSource source, RuleBook rules, String countyCode, ScreenKit kit) {
        this.source = source;
        this.rules = rules;
        this.countyCode = countyCode;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.cursor = new PageCursor(PAGE_SIZE, i18n, "patients.page", "patients.page.more");
    }

    /** Reads the county's townships in the background, then the first page. */
    public void load() {
        tasks.run(() -> rules.divisions().children(countyCode)).onSuccess(townships::setAll).start();
        search();
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

    /** The current page again (F5, or on coming back to the screen). */
    public void reload() {
        PatientQuery query = query();
        tasks.run(() -> source.search(query))
                .onSuccess(this::show)
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    /** The filter as typed; the export command builds the same query from its options. */
    public PatientQuery query() {
        String idText = IdNumber.normalise(idNumber.get());
        return new PatientQuery(blankToNull(name.get()), idText.isEmpty() ? null : idText,
                township.get() == null ? null : township.get().code(), poverty.get(), cursor.offset(), PAGE_SIZE);
    }

    private void show(Page<PatientListItem> page) {
        items.setAll(page.items());
        cursor.shown(page);
        message.set(page.total() == 0 ? i18n.get("patients.none") : "");
    }

    public boolean mayReveal() {
        return source.mayReveal();
    }

    /** Shows the row's full ID number in the message line; the service audits it. */
    public void reveal(PatientListItem item) {
        if (item == null) {
            return;
        }
        tasks.run(() -> source.revealIdNumber(item.patientId()))
                .onSuccess(full -> message.set(i18n.get("patients.revealed", item.maskedName(), full)))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .start();
    }

    /** Opens the patient (an audited view) and hands the record to {@code show}. */
    public void open(PatientListItem item, Consumer<PatientRecord> show) {
        if (item == null) {
            return;
        }
        tasks.run(() -> source.open(item.patientId()))
                .onSuccess(show)
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .start();
    }

    public void clearFilters() {
        name.set("");
        idNumber.set("");
        township.set(null);
        poverty.set(null);
        search();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long total() {
        return cursor.total();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty idNumber() {
        return idNumber;
    }

    public ObjectProperty<Division> township() {
        return township;
    }

    public ObjectProperty<PovertyStatus> poverty() {
        return poverty;
    }

    public ObservableList<Division> townships() {
        return townships;
    }

    public ObservableList<PovertyStatus> povertyGroups() {
        return povertyGroups;
    }

    public ObservableList<PatientListItem> items() {
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
