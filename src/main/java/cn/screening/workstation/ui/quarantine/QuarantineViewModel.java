package cn.screening.workstation.ui.quarantine;

import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.service.Quarantine.QuarantinedChange;
import cn.screening.workstation.service.Quarantine.UnstoredRecord;
import cn.screening.workstation.service.QuarantinePort;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.RecordKinds;
import cn.screening.workstation.ui.common.RowListViewModel;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Records the province refused, with its reasons: opened to be fixed (which re-queues them) or sent
 * again as they are. Below them, records the province sent that this workstation could not store, with
 * why: they are never parked out of sight.
 */
public final class QuarantineViewModel extends RowListViewModel<QuarantineRow> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final QuarantinePort port;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
    private final Runnable changed;
    private final Consumer<String> showCasesOf;

    /** The kit's navigator opens the case list filtered to a patient's ID number (查看病例). */
    public QuarantineViewModel(QuarantinePort port, ScreenKit kit) {
        super(kit.tasks());
        this.port = port;
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.zone = kit.zone();
        this.changed = kit::changed;
        this.showCasesOf = kit.navigator()::showCasesOf;
    }

    @Override
    protected List<QuarantineRow> read() {
        List<QuarantineRow> rows = new ArrayList<>(port.list().stream().map(this::row).toList());
        port.unstored().stream().map(this::row).forEach(rows::add);
        return rows;
    }

    /** Sends the selected record again as it now is. */
    public void requeue() {
        QuarantineRow row = selected().get();
        if (row != null) {
            requeue(List.of(row));
        }
    }

    /** Sends the picked records again as they now are; records the province sent are not ours to send. */
    public void requeue(List<QuarantineRow> picked) {
        List<QuarantineRow> ours = picked.stream().filter(r -> !r.pulled()).toList();
        if (ours.isEmpty()) {
            message().set(i18n.get("quarantine.pulled.noRequeue"));
            return;
        }
        List<Long> seqs = ours.stream().map(QuarantineRow::seq).toList();
        String done = ours.size() == 1 ? i18n.get("quarantine.requeued", ours.get(0).record())
                : i18n.get("quarantine.requeuedMany", ours.size());
        tasks.run(() -> port.requeue(seqs))
                .onSuccess(v -> {
                    changed.run();
                    reload(done);
                })
                .onError(ServiceException.class, e -> reload(texts.of(e)))
                .busy(busy())
                .start();
    }

    /** Opens the case list at the record's patient, where it can be fixed. */
    public void open() {
        QuarantineRow row = selected().get();
        if (row == null) {
            return;
        }
        tasks.run(() -> port.idNumberOf(row.entityType(), row.entityId()))
                .onSuccess(id -> id.ifPresentOrElse(showCasesOf, () -> message().set(i18n.get("quarantine.noScreen"))))
                .busy(busy())
                .start();
    }

    QuarantineRow row(QuarantinedChange c) {
        String reasons = c.reasons().stream().map(QuarantineViewModel::sentence).collect(Collectors.joining("；"));
        String changed = i18n.get("quarantine.changedBy", c.changedBy() == null ? "" : c.changedBy(),
                c.changedAt() == null ? "" : WHEN.format(c.changedAt().atZone(zone)));
        return new QuarantineRow(c.seq(), c.entityType(), c.entityId(), RecordKinds.name(i18n, c.entityType(), c.entityId()),
                reasons, changed, false);
    }

    QuarantineRow row(UnstoredRecord u) {
        String when = u.updatedAt() == null ? "" : WHEN.format(u.updatedAt().atZone(zone));
        return new QuarantineRow(0, u.entityType(), u.entityId(), RecordKinds.name(i18n, u.entityType(), u.entityId()),
                texts.get(u.reasonKey()), texts.get("sync.unstored.from", when), true);
    }

    private static String sentence(Reason r) {
        String text = r.message() != null ? r.message() : r.code();
        return r.field() == null ? text : text + "（" + r.field() + "）";
    }
}
