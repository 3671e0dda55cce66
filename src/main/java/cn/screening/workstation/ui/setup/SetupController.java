package cn.screening.workstation.ui.setup;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.ui.common.DivisionConverter;
import cn.screening.workstation.ui.common.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.controlsfx.control.SearchableComboBox;

/** Binds the set-up wizard's three steps to {@link SetupViewModel}. */
public final class SetupController {

    private final SetupViewModel vm;
    private final I18n i18n;

    @FXML private Label stepTitle;
    @FXML private Pane stepInstitution;
    @FXML private Pane stepPlace;
    @FXML private Pane stepAdmin;
    @FXML private ComboBox<InstitutionType> typeBox;
    @FXML private TextField nameField;
    @FXML private SearchableComboBox<Division> provinceBox;
    @FXML private SearchableComboBox<Division> cityBox;
    @FXML private SearchableComboBox<Division> countyBox;
    @FXML private SearchableComboBox<Division> townshipBox;
    @FXML private Label townshipLabel;
    @FXML private TextField usernameField;
    @FXML private TextField displayNameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField passwordAgainField;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;

    public SetupController(SetupViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        typeBox.setItems(FXCollections.observableArrayList(InstitutionType.values()));
        typeBox.setConverter(i18n.converter(InstitutionType.class, ""));
        typeBox.valueProperty().bindBidirectional(vm.type());
        nameField.textProperty().bindBidirectional(vm.name());
        division(provinceBox, vm.provinces(), vm.province());
        division(cityBox, vm.cities(), vm.city());
        division(countyBox, vm.counties(), vm.county());
        division(townshipBox, vm.townships(), vm.township());
        townshipLabel.textProperty().bind(Bindings.when(vm.townshipNeeded())
                .then(i18n.get("setup.township.needed")).otherwise(i18n.get("setup.township.optional")));
        usernameField.textProperty().bindBidirectional(vm.username());
        displayNameField.textProperty().bindBidirectional(vm.displayName());
        passwordField.textProperty().bindBidirectional(vm.password());
        passwordAgainField.textProperty().bindBidirectional(vm.passwordAgain());
        messageLabel.textProperty().bind(vm.message());
        progress.visibleProperty().bind(vm.busy());
        stepInstitution.visibleProperty().bind(vm.step().isEqualTo(0));
        stepPlace.visibleProperty().bind(vm.step().isEqualTo(1));
        stepAdmin.visibleProperty().bind(vm.step().isEqualTo(2));
        stepTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("setup.step", vm.step().get() + 1, SetupViewModel.LAST_STEP + 1), vm.step()));
        backButton.disableProperty().bind(vm.step().isEqualTo(0).or(vm.busy()));
        nextButton.disableProperty().bind(vm.busy());
        nextButton.textProperty().bind(Bindings.when(vm.onLastStep())
                .then(i18n.get("setup.finish")).otherwise(i18n.get("setup.next")));
        vm.step().addListener((obs, old, now) -> focusStep(now.intValue()));
        vm.load();
        Platform.runLater(() -> focusStep(0));
    }

    private static void division(SearchableComboBox<Division> box, ObservableList<Division> items,
                                 javafx.beans.property.ObjectProperty<Division> value) {
        box.setItems(items);
        box.setConverter(new DivisionConverter(() -> items));
        box.valueProperty().bindBidirectional(value);
    }

    private void focusStep(int step) {
        switch (step) {
            case 0 -> typeBox.requestFocus();
            case 1 -> provinceBox.requestFocus();
            default -> usernameField.requestFocus();
        }
    }

    @FXML
    private void onBack() {
        vm.back();
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onCancel() {
        Platform.exit();
    }
}
