package cn.screening.workstation.ui.quarantine;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.service.Quarantine.QuarantinedChange;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Records the province refused, with its reasons: opened to be fixed (which re-queues them) or sent again as they are. */
public final class QuarantineViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final QuarantinePort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
    private final Runnable changed;
    private final Consumer<String> showCasesOf;
    private final ObservableList<QuarantineRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<QuarantineRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * @param changed     told after a record was sent again (the status bar re-reads its counts)
     * @param showCasesOf opens the case list filtered to a patient's ID number
     */
    public QuarantineViewModel(QuarantinePort port, Tasks tasks, Texts texts, I18n i18n, ZoneId zone, Runnable changed,
                               Consumer<String> showCasesOf) {
        this.port = port;
        this.tasks = tasks;
        this.texts = texts;
        this.i18n = i18n;
        this.zone = zone;
        this.changed = changed;
        this.showCasesOf = showCasesOf;
    }

    public void load() {
        reload(null);
    }

    /** Reads the list again; {@code said} (what was just done) is shown after it. */
    private void reload(String said) {
        tasks.run(port::list)
                .onSuccess(list -> {
                    rows.setAll(list.stream().map(this::row).toList());
                    message.set(said != null ? said : "");
                })
                .busy(busy)
                .start();
    }

    /** Sends the selected record again as it now is. */
    public void requeue() {
        QuarantineRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> port.requeue(row.seq()))
                .onSuccess(v -> {
                    changed.run();
                    reload(i18n.get("quarantine.requeued", row.record()));
                })
                .onError(ServiceException.class, e -> reload(texts.of(e)))
                .busy(busy)
                .start();
    }

    /** Opens the case list at the record's patient, where it can be fixed. */
    public void open() {
        QuarantineRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> port.idNumberOf(row.entityType(), row.entityId()))
                .onSuccess(id -> id.ifPresentOrElse(showCasesOf, () -> message.set(i18n.get("quarantine.noScreen"))))
                .busy(busy)
                .start();
    }

    QuarantineRow row(QuarantinedChange c) {
        String kind = switch (c.entityType()) {
            case EntityTypes.PATIENT -> i18n.get("record.kind.patient");
            case EntityTypes.CASE -> i18n.get("record.kind.case");
            default -> c.entityType();
        };
        String reasons = c.reasons().stream().map(QuarantineViewModel::sentence).collect(Collectors.joining("；"));
        String changed = i18n.get("quarantine.changedBy", c.changedBy() == null ? "" : c.changedBy(),
                c.changedAt() == null ? "" : WHEN.format(c.changedAt().atZone(zone)));
        return new QuarantineRow(c.seq(), c.entityType(), c.entityId(), kind + " " + c.entityId().toString().substring(0, 8),
                reasons, changed);
    }

    private static String sentence(Reason r) {
        String text = r.message() != null ? r.message() : r.code();
        return r.field() == null ? text : text + "（" + r.field() + "）";
    }

    public ObservableList<QuarantineRow> rows() {
        return rows;
    }

    public ObjectProperty<QuarantineRow> selected() {
        return selected;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
