package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.ledger.Ledger;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.common.PatientView;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** 救治台账 and its admission form (a dialog over the main window), wired. */
public final class LedgerScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;
    private final PatientView patients;

    /** @param patients shows an opened patient as the 患者 list does */
    public LedgerScreens(ScreenKit kit, Dialogs dialogs, PatientView patients) {
        this.kit = kit;
        this.dialogs = dialogs;
        this.patients = patients;
    }

    public void register(ScreenRegistry r, Services services) {
        Ledger ledger = services.ledger();
        r.section(Section.LEDGER, LedgerListController.class, () -> new LedgerListController(
                new LedgerListViewModel(ledger, services.patientBrowser(), kit), kit.i18n(), patients, this::openAdmission));
        r.controller(AdmissionFormController.class, () -> new AdmissionFormController(new AdmissionFormViewModel(ledger, kit),
                kit.i18n()));
    }

    /** The admission form of a row; {@code saved} is told after each save. */
    private void openAdmission(LedgerRow row, Runnable saved) {
        var loaded = dialogs.load(AdmissionFormController.class);
        Dialog<ButtonType> dialog = dialogs.closable(kit.i18n().get("ledger.admission.dialog"), loaded.root(),
                kit.i18n().get("ledger.admission.close"));
        dialog.setResizable(true);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("closeAdmissionButton");
        loaded.controller().viewModel().open(row, saved);
        dialogs.show(dialog);
    }
}
