package cn.screening.workstation.ui.report;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.common.PatientView;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 月报表 and the list of the rows behind a figure, wired. */
public final class ReportScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;
    private final PatientView patients;

    /** @param patients shows an opened patient as the 患者 list does */
    public ReportScreens(ScreenKit kit, Dialogs dialogs, PatientView patients) {
        this.kit = kit;
        this.dialogs = dialogs;
        this.patients = patients;
    }

    public void register(ScreenRegistry r, Services services) {
        r.section(Section.REPORT, ReportController.class, () -> new ReportController(
                new ReportViewModel(services.monthlyReports(), services.ledger(), services.patientBrowser(), kit), kit.i18n(),
                kit.files(), new RowsBehindDialog(dialogs)::show, patients));
    }
}
