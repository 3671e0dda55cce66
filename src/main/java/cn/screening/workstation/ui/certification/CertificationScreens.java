package cn.screening.workstation.ui.certification;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.ledger.CertificationPort;
import cn.screening.workstation.service.ledger.CertificationRow;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** 核对认定 and its verdict dialog, wired. */
public final class CertificationScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;

    public CertificationScreens(ScreenKit kit, Dialogs dialogs) {
        this.kit = kit;
        this.dialogs = dialogs;
    }

    public void register(ScreenRegistry r, Services services) {
        CertificationPort port = services.certifications();
        r.section(Section.CERTIFICATION, CertificationsController.class, () -> new CertificationsController(
                new CertificationsViewModel(port, kit, port.mayCertify(), this::openForm), kit.i18n()));
        r.controller(CertifyFormController.class, () -> new CertifyFormController(new CertifyFormViewModel(port, kit)));
    }

    /** The verdict dialog of a row; closed once saved, and the list read again. */
    private void openForm(CertificationRow row, Runnable reload) {
        var loaded = dialogs.load(CertifyFormController.class);
        Dialog<ButtonType> dialog = dialogs.closable(kit.i18n().get("certification.form.title"), loaded.root(),
                kit.i18n().get("certification.form.cancel"));
        loaded.controller().viewModel().start(row, () -> {
            dialog.close();
            kit.changed();
            reload.run();
        });
        dialogs.show(dialog);
    }
}
