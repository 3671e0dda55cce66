package cn.screening.workstation.ui.results;

import cn.screening.workstation.domain.specimen.AssayMethod;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.service.specimen.AwaitingResult;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.ScanField;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.common.Validation;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The results page: accepted tubes on the left, the numbers, the live class and the lab's conclusion on the right. */
public final class ResultsController implements ShellContent {

    private final ResultsViewModel vm;
    private final I18n i18n;
    private final Validation validation = new Validation();

    @FXML private TextField findField;
    @FXML private TableView<AwaitingResult> tubeTable;
    @FXML private TableColumn<AwaitingResult, String> sampleNoColumn;
    @FXML private TableColumn<AwaitingResult, String> nameColumn;
    @FXML private TableColumn<AwaitingResult, String> stateColumn;
    @FXML private Label tubeTitle;
    @FXML private TextField fviiiField;
    @FXML private Label fviiiMessage;
    @FXML private TextField fixField;
    @FXML private Label fixMessage;
    @FXML private ComboBox<AssayMethod> methodBox;
    @FXML private Label methodMessage;
    @FXML private TextField vwfField;
    @FXML private Label vwfMessage;
    @FXML private TextField vwfReasonField;
    @FXML private ComboBox<InhibitorScreen> screenBox;
    @FXML private TextField bethesdaField;
    @FXML private Label bethesdaMessage;
    @FXML private Label derivedLabel;
    @FXML private Label suggestedLabel;
    @FXML private Label inhibitorLabel;
    @FXML private ComboBox<Diagnosis> diagnosisBox;
    @FXML private Label diagnosisMessage;
    @FXML private ComboBox<HemophiliaSeverity> severityBox;
    @FXML private Label severityMessage;
    @FXML private TextField overrideField;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;
    @FXML private Button confirmButton;

    public ResultsController(ResultsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        tubeTable.setItems(vm.awaiting());
        Tables.text(sampleNoColumn, AwaitingResult::sampleNo);
        Tables.text(nameColumn, AwaitingResult::maskedName);
        Tables.text(stateColumn, t -> i18n.get(t.confirmed() ? "results.state.confirmed" : t.entered() ? "results.state.entered"
                : "results.state.waiting"));
        tubeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        vm.awaiting().addListener((ListChangeListener<AwaitingResult>) c -> {
            AwaitingResult shown = vm.selected().get();
            if (shown != null) {
                vm.awaiting().stream().filter(t -> t.sampleId().equals(shown.sampleId())).findFirst()
                        .ifPresent(t -> tubeTable.getSelectionModel().select(t));
            }
        });
        // a scanned tube number picks its row
        ScanField.attach(findField, code -> vm.awaiting().stream().filter(t -> t.sampleNo().equals(code)).findFirst()
                .ifPresentOrElse(t -> {
                    tubeTable.getSelectionModel().select(t);
                    fviiiField.requestFocus();
                }, () -> vm.message().set(i18n.get("results.notFound", code))));
        vm.selected().addListener((obs, old, now) -> tubeTitle.setText(now == null ? i18n.get("results.tube.none")
                : i18n.get("results.tube.title", now.sampleNo(), now.caseNo(), now.maskedName())));
        tubeTitle.setText(i18n.get("results.tube.none"));

        ResultForm f = vm.form();
        fviiiField.textProperty().bindBidirectional(f.fviii());
        fixField.textProperty().bindBidirectional(f.fix());
        Forms.enumChoice(methodBox, AssayMethod.class, i18n, f.method());
        vwfField.textProperty().bindBidirectional(f.vwfAg());
        vwfReasonField.textProperty().bindBidirectional(f.vwfNotDoneReason());
        Forms.enumChoice(screenBox, InhibitorScreen.class, i18n, f.inhibitorScreen());
        bethesdaField.textProperty().bindBidirectional(f.bethesda());
        Forms.enumChoice(diagnosisBox, Diagnosis.class, i18n, f.diagnosis());
        Forms.enumChoice(severityBox, HemophiliaSeverity.class, i18n, f.severity());
        overrideField.textProperty().bindBidirectional(f.overrideReason());
        var p = vm.problems();
        validation.attach(fviiiField, fviiiMessage, p.of(ResultRules.FVIII));
        validation.attach(fixField, fixMessage, p.of(ResultRules.FIX));
        validation.attach(methodBox, methodMessage, p.of(ResultRules.METHOD));
        validation.attach(vwfField, vwfMessage, p.of(ResultRules.VWF));
        validation.attach(bethesdaField, bethesdaMessage, p.of(ResultRules.BETHESDA));
        validation.attach(diagnosisBox, diagnosisMessage, p.of(ResultRules.DIAGNOSIS));
        validation.attach(severityBox, severityMessage, p.of(ResultRules.SEVERITY));
        derivedLabel.textProperty().bind(vm.derived());
        suggestedLabel.textProperty().bind(vm.suggested());
        inhibitorLabel.textProperty().bind(vm.inhibitor());
        messageLabel.textProperty().bind(vm.message());
        var none = vm.selected().isNull();
        saveButton.disableProperty().bind(none.or(vm.busy()).or(vm.confirmedAlready()));
        confirmButton.disableProperty().bind(none.or(vm.busy()).or(vm.confirmedAlready()));
    }

    private boolean acknowledge(List<String> warnings) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(tubeTable.getScene().getWindow());
        alert.setTitle(i18n.get("results.warnings.title"));
        alert.setHeaderText(i18n.get("results.warnings.header"));
        alert.setContentText(String.join("\n", warnings));
        ButtonType save = new ButtonType(i18n.get("results.warnings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(i18n.get("results.warnings.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, back);
        return alert.showAndWait().filter(save::equals).isPresent();
    }

    @Override
    public void activated() {
        vm.load();
    }

    @Override
    public boolean focusSearch() {
        findField.requestFocus();
        return true;
    }

    @FXML
    private void onSave() {
        vm.saveNumbers(this::acknowledge);
    }

    @FXML
    private void onConfirm() {
        vm.confirm(this::acknowledge);
    }
}
