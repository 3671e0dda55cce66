package cn.screening.workstation.ui.shell;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.TimeText;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What every screen of a session works with: background work, the sentences of both bundles, the
 * clock, the way to the other sections, where files are saved and the printer. One argument in
 * place of the same six; tests build one with a same-thread {@link Tasks}, a fixed folder and no printer.
 */
public record ScreenKit(Tasks tasks, Texts texts, I18n i18n, Clock clock, Navigator navigator, FileTargets files,
                        PdfPrinter printer) {

    public ZoneId zone() {
        return clock.getZone();
    }

    public TimeText time() {
        return new TimeText(clock);
    }

    /** Something was saved: the shell's status bar re-reads what waits for sync. */
    public void changed() {
        navigator.dataChanged();
    }
}
