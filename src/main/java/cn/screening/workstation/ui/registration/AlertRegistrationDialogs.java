package cn.screening.workstation.ui.registration;

import cn.screening.workstation.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The registration's questions as modal dialogs over the main window. */
final class AlertRegistrationDialogs implements RegistrationDialogs {

    private final I18n i18n;
    private final Window owner;

    AlertRegistrationDialogs(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public boolean acknowledgeWarnings(List<String> warnings) {
        ButtonType save = new ButtonType(i18n.get("registration.warnings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(i18n.get("registration.warnings.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, i18n.get("registration.warnings.title"),
                String.join("\n", warnings.stream().map(w -> "• " + w).toList()), save, back);
        alert.getDialogPane().setId("warningsDialog");
        return alert.showAndWait().filter(save::equals).isPresent();
    }

    @Override
    public DuplicateChoice duplicateFound(String maskedName, String maskedIdNumber) {
        ButtonType open = new ButtonType(i18n.get("registration.duplicate.open"), ButtonBar.ButtonData.OTHER);
        ButtonType add = new ButtonType(i18n.get("registration.duplicate.addCase"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("registration.duplicate.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, i18n.get("registration.duplicate.title"),
                i18n.get("registration.duplicate.text", maskedName, maskedIdNumber), open, add, cancel);
        alert.getDialogPane().setId("duplicateDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(open::equals).isPresent()) {
            return DuplicateChoice.OPEN_RECORD;
        }
        return answer.filter(add::equals).isPresent() ? DuplicateChoice.ADD_CASE : DuplicateChoice.CANCEL;
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
