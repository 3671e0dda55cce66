package cn.screening.workstation.ui.referral;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** 转诊管理 and the up-referral form (a dialog over the main window), wired. */
public final class ReferralScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;

    public ReferralScreens(ScreenKit kit, Dialogs dialogs) {
        this.kit = kit;
        this.dialogs = dialogs;
    }

    public void register(ScreenRegistry r, Services services) {
        ReferralPort port = services.referralDesk(kit.printer());
        r.section(Section.REFERRALS, ReferralsController.class, () -> new ReferralsController(
                new ReferralsViewModel(port, kit, this::openDraft), kit.i18n(), kit.files()));
        r.controller(ReferralFormController.class, () -> new ReferralFormController(new ReferralFormViewModel(port, kit),
                kit.i18n(), kit.files()));
    }

    /** A new up-referral of this case (from the case window). */
    public void openForCase(UUID caseId) {
        openForm(f -> f.openCase(caseId));
    }

    private void openDraft(UUID referralId) {
        openForm(f -> f.openDraft(referralId));
    }

    private void openForm(Consumer<ReferralFormViewModel> start) {
        var loaded = dialogs.load(ReferralFormController.class);
        Dialog<ButtonType> dialog = dialogs.closable(kit.i18n().get("referral.form.dialog"), loaded.root(),
                kit.i18n().get("referral.form.close"));
        dialog.setResizable(true);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("closeFormButton");
        start.accept(loaded.controller().viewModel());
        dialogs.show(dialog);
    }
}
