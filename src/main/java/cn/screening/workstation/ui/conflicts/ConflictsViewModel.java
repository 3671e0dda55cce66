package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.service.SyncConflicts.Pick;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.SyncConflict;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Fields changed here and at the province: listed, and resolved one by one with 保留本地 or 采用服务器. */
public final class ConflictsViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConflictPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
    private final Runnable changed;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param changed told after a pick was saved (the status bar re-reads its counts) */
    public ConflictsViewModel(ConflictPort port, Tasks tasks, Texts texts, I18n i18n, ZoneId zone, Runnable changed) {
        this.port = port;
        this.tasks = tasks;
        this.texts = texts;
        this.i18n = i18n;
        this.zone = zone;
        this.changed = changed;
    }

    public void load() {
        reload(null);
    }

    /** Reads the list again; {@code said} (what was just done) is shown after it. */
    private void reload(String said) {
        tasks.run(port::open)
                .onSuccess(list -> {
                    rows.setAll(list.stream().map(this::row).toList());
                    message.set(said != null ? said : "");
                })
                .busy(busy)
                .start();
    }

    public void keepLocal() {
        resolve(Pick.LOCAL);
    }

    public void takeServer() {
        resolve(Pick.SERVER);
    }

    private void resolve(Pick pick) {
        ConflictRow row = selected.get();
        if (row == null) {
            return;
        }
        UUID id = row.id();
        tasks.run(() -> port.resolve(id, pick))
                .onSuccess(v -> {
                    changed.run();
                    reload(i18n.get(pick == Pick.LOCAL ? "conflicts.keptLocal" : "conflicts.tookServer", row.field()));
                })
                .onError(ServiceException.class, e -> reload(texts.of(e)))
                .busy(busy)
                .start();
    }

    ConflictRow row(SyncConflict c) {
        return new ConflictRow(c.id(), record(c.entityType(), c.entityId()), c.field(), SyncConflicts.display(c.localValue()),
                i18n.get("conflicts.localBy", nullToEmpty(c.localUser()), nullToEmpty(c.localSite()), when(c.localAt())),
                SyncConflicts.display(c.serverValue()),
                i18n.get("conflicts.serverBy", nullToEmpty(c.serverSite()), when(c.serverAt())));
    }

    private String record(String type, UUID id) {
        String kind = switch (type) {
            case EntityTypes.PATIENT -> i18n.get("record.kind.patient");
            case EntityTypes.CASE -> i18n.get("record.kind.case");
            default -> type;
        };
        return kind + " " + id.toString().substring(0, 8);
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ObjectProperty<ConflictRow> selected() {
        return selected;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
