package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.service.ConflictPort;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SyncConflicts.Pick;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.RecordKinds;
import cn.screening.workstation.ui.common.RowListViewModel;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Fields changed here and at the province: listed, and resolved one by one with 保留本地 or 采用服务器. */
public final class ConflictsViewModel extends RowListViewModel<ConflictRow> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConflictPort port;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
    private final Runnable changed;

    public ConflictsViewModel(ConflictPort port, ScreenKit kit) {
        super(kit.tasks());
        this.port = port;
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.zone = kit.zone();
        this.changed = kit::changed;
    }

    @Override
    protected List<ConflictRow> read() {
        return port.open().stream().map(this::row).toList();
    }

    public void keepLocal() {
        resolve(Pick.LOCAL);
    }

    public void takeServer() {
        resolve(Pick.SERVER);
    }

    private void resolve(Pick pick) {
        ConflictRow row = selected().get();
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
                .busy(busy())
                .start();
    }

    ConflictRow row(SyncConflict c) {
        return new ConflictRow(c.id(), record(c.entityType(), c.entityId()), c.field(), SyncConflicts.display(c.localValue()),
                i18n.get("conflicts.localBy", nullToEmpty(c.localUser()), nullToEmpty(c.localSite()), when(c.localAt())),
                SyncConflicts.display(c.serverValue()),
                i18n.get("conflicts.serverBy", nullToEmpty(c.serverSite()), when(c.serverAt())));
    }

    private String record(String type, UUID id) {
        return RecordKinds.name(i18n, type, id);
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
