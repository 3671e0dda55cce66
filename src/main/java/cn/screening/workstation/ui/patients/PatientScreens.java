package cn.screening.workstation.ui.patients;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** 患者: the list and one patient's record (a dialog), from which a case opens or a new one starts; wired. */
public final class PatientScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;
    private final Consumer<UUID> openCase;
    private final Consumer<PatientRecord> startCase;

    /**
     * @param openCase  opens one of the patient's cases, as the case list does
     * @param startCase the registration form, set to a new case for this patient
     */
    public PatientScreens(ScreenKit kit, Dialogs dialogs, Consumer<UUID> openCase, Consumer<PatientRecord> startCase) {
        this.kit = kit;
        this.dialogs = dialogs;
        this.openCase = openCase;
        this.startCase = startCase;
    }

    public void register(ScreenRegistry r, Services services) {
        var session = services.workspace().session();
        boolean mayRegister = session.may(Permission.REGISTER);
        r.section(Section.PATIENTS, PatientListController.class, () -> new PatientListController(new PatientListViewModel(
                services.patientBrowser(), services.rules(), session.site().countyCode(), kit), kit.i18n(), this::show));
        r.controller(PatientDetailsController.class, () -> new PatientDetailsController(new PatientDetailsViewModel(
                services.patientBrowser(), kit, mayRegister, openCase), kit.i18n(), kit.zone()));
    }

    private void show(PatientRecord record) {
        show(record, null, null);
    }

    /**
     * The patient's record in a dialog, as the list opens it; another screen may offer one more
     * action in it ({@code offerText} on a button; none when null), which closes the record first.
     */
    public void show(PatientRecord record, String offerText, Runnable offer) {
        var loaded = dialogs.load(PatientDetailsController.class);
        Dialog<ButtonType> dialog = dialogs.closable(kit.i18n().get("patients.details.title", record.maskedName(),
                record.maskedIdNumber()), loaded.root());
        dialog.setResizable(true);
        loaded.controller().viewModel().show(record, () -> {
            dialog.close();
            startCase.accept(record);
        });
        if (offer != null) {
            loaded.controller().viewModel().offer(offerText, () -> {
                dialog.close();
                offer.run();
            });
        }
        dialogs.show(dialog);
    }
}
