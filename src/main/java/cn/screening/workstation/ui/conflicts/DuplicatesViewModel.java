package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.service.DuplicatePort;
import cn.screening.workstation.service.PatientMerge.Duplicate;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.RowListViewModel;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.List;

/** 重复患者: patients the province holds already under another site's record, each merged with 合并到已有患者. */
public final class DuplicatesViewModel extends RowListViewModel<DuplicateRow> {

    private final DuplicatePort port;
    private final Texts texts;
    private final I18n i18n;
    private final Runnable changed;

    public DuplicatesViewModel(DuplicatePort port, ScreenKit kit) {
        super(kit.tasks());
        this.port = port;
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.changed = kit::changed;
    }

    @Override
    protected List<DuplicateRow> read() {
        return port.duplicates().stream().map(DuplicatesViewModel::row).toList();
    }

    public void merge() {
        DuplicateRow row = selected().get();
        if (row == null) {
            return;
        }
        long seq = row.seq();
        tasks.run(() -> port.merge(seq))
                .onSuccess(v -> {
                    changed.run();
                    reload(i18n.get("conflicts.duplicate.merged", row.localPatient(), row.existingSite()));
                })
                .onError(ServiceException.class, e -> reload(texts.of(e)))
                .busy(busy())
                .start();
    }

    static DuplicateRow row(Duplicate d) {
        return new DuplicateRow(d.seq(), d.maskedName(), d.maskedIdNumber(), d.existingSiteName(), d.existingId().toString());
    }
}
