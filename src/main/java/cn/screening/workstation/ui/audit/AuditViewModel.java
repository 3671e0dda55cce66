package cn.screening.workstation.ui.audit;

import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.audit.AuditFilter;
import cn.screening.workstation.service.audit.AuditLine;
import cn.screening.workstation.service.audit.AuditPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 审计日志: the filtered audit log page by page, its export and the chain's check, all in the background. */
public final class AuditViewModel {

    static final int PAGE = 50;

    private final AuditPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<AuditLine> rows = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final StringProperty patient = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty broken = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private int offset;

    public AuditViewModel(AuditPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
    }

    /** The filter as typed, from the first page. */
    public void search() {
        offset = 0;
        load();
    }

    public void next() {
        offset += PAGE;
        load();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        load();
    }

    public void load() {
        error.set("");
        AuditFilter f = filter();
        int at = offset;
        tasks.run(() -> port.page(f, at, PAGE))
                .onSuccess(this::show)
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void show(Page<AuditLine> page) {
        rows.setAll(page.items());
        hasNext.set(page.hasNext());
        hasPrevious.set(page.hasPrevious());
        pageText.set(page.total() == 0 ? i18n.get("audit.page.none")
                : i18n.get("audit.page", page.offset() + 1, page.offset() + page.items().size(), page.total()));
    }

    /** Asks where to save ({@code extension}: csv or xlsx) and writes the filtered lines there; the export is audited. */
    public void export(String extension, Function<String, Optional<Path>> whereToSave) {
        error.set("");
        Optional<Path> file = whereToSave.apply(i18n.get("audit.export.fileName", LocalDate.now(clock).toString(), extension));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        AuditFilter f = filter();
        tasks.run(() -> port.export(f, target))
                .onSuccess(n -> {
                    message.set(i18n.get("audit.exported", n, target.toString()));
                    load();
                })
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    /** 校验: walks the whole chain off the screen's thread. */
    public void verify() {
        verdict.set(i18n.get("audit.verify.running"));
        broken.set(false);
        tasks.run(port::verify)
                .onSuccess(v -> {
                    verdict.set(v.sentence());
                    broken.set(!v.intact());
                })
                .onError(ServiceException.class, e -> verdict.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    /** An action's name as lists and the filter show it (one label, shared with the export). */
    public String actionLabel(String a) {
        return a == null ? i18n.get("audit.filter.anyAction") : texts.get("audit.action." + a);
    }

    private AuditFilter filter() {
        return new AuditFilter(username.get(), action.get(), patient.get(), from.get(), to.get());
    }

    public ObservableList<AuditLine> rows() {
        return rows;
    }

    public StringProperty username() {
        return username;
    }

    /** The action names the filter offers, "any" (null) first. */
    public java.util.List<String> actions() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(port.actions());
        return all;
    }

    public ObjectProperty<String> action() {
        return action;
    }

    public StringProperty patient() {
        return patient;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty pageText() {
        return pageText;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty verdict() {
        return verdict;
    }

    public BooleanProperty broken() {
        return broken;
    }

    public BooleanProperty hasNext() {
        return hasNext;
    }

    public BooleanProperty hasPrevious() {
        return hasPrevious;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
