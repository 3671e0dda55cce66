package cn.screening.workstation.ui.patients;

import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.PatientRecord.CaseLine;
import cn.screening.workstation.service.PatientRecord.FollowUpLine;
import cn.screening.workstation.service.PatientRecord.ReferralLine;
import cn.screening.workstation.service.PatientRecord.SampleLine;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/** One patient in full: identity (masked), then their cases, samples, referrals and follow-ups, one tab each. */
public final class PatientDetailsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PatientDetailsViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;

    @FXML private GridPane identityGrid;
    @FXML private Label idNumberLabel;
    @FXML private Button revealIdButton;
    @FXML private Button startCaseButton;
    @FXML private Button offerButton;
    @FXML private Button openCaseButton;
    @FXML private Label revealMessageLabel;
    @FXML private Pane consentPane;
    @FXML private TextField consentGuardianField;
    @FXML private TextField consentRelationField;
    @FXML private DatePicker consentDatePicker;
    @FXML private Label consentMessageLabel;
    @FXML private Tab casesTab;
    @FXML private Tab samplesTab;
    @FXML private Tab referralsTab;
    @FXML private Tab followUpsTab;
    @FXML private TableView<CaseLine> caseTable;
    @FXML private TableColumn<CaseLine, String> caseNoColumn;
    @FXML private TableColumn<CaseLine, String> caseDiseaseColumn;
    @FXML private TableColumn<CaseLine, String> caseStatusColumn;
    @FXML private TableColumn<CaseLine, String> caseRegisteredColumn;
    @FXML private TableView<SampleLine> sampleTable;
    @FXML private TableColumn<SampleLine, String> sampleNoColumn;
    @FXML private TableColumn<SampleLine, String> sampleCaseColumn;
    @FXML private TableColumn<SampleLine, String> sampleStatusColumn;
    @FXML private TableColumn<SampleLine, String> sampleDrawnColumn;
    @FXML private TableView<ReferralLine> referralTable;
    @FXML private TableColumn<ReferralLine, String> referralNoColumn;
    @FXML private TableColumn<ReferralLine, String> referralToColumn;
    @FXML private TableColumn<ReferralLine, String> referralStatusColumn;
    @FXML private TableColumn<ReferralLine, String> referralFromColumn;
    @FXML private TableView<FollowUpLine> followUpTable;
    @FXML private TableColumn<FollowUpLine, String> followUpKindColumn;
    @FXML private TableColumn<FollowUpLine, String> followUpStatusColumn;
    @FXML private TableColumn<FollowUpLine, String> followUpDueColumn;
    @FXML private TableColumn<FollowUpLine, String> followUpVisitsColumn;

    public PatientDetailsController(PatientDetailsViewModel vm, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        idNumberLabel.textProperty().bind(vm.idNumberText());
        revealMessageLabel.textProperty().bind(vm.message());
        revealIdButton.setVisible(vm.mayReveal());
        revealIdButton.setManaged(vm.mayReveal());
        startCaseButton.setVisible(vm.mayStartCase());
        startCaseButton.setManaged(vm.mayStartCase());
        consentPane.visibleProperty().bind(vm.awaitingConsent());
        consentPane.managedProperty().bind(consentPane.visibleProperty());
        consentGuardianField.textProperty().bindBidirectional(vm.consentGuardian());
        consentRelationField.textProperty().bindBidirectional(vm.consentRelation());
        consentDatePicker.valueProperty().bindBidirectional(vm.consentDate());
        consentMessageLabel.textProperty().bind(vm.consentMessage());
        offerButton.textProperty().bind(vm.offerText());
        offerButton.visibleProperty().bind(vm.offerText().isNotEmpty());
        offerButton.managedProperty().bind(offerButton.visibleProperty());
        Tables.text(caseNoColumn, CaseLine::caseNo);
        Tables.text(caseDiseaseColumn, CaseLine::diseaseName);
        Tables.text(caseStatusColumn, c -> i18n.label(c.status()));
        Tables.text(caseRegisteredColumn, c -> when(c.registeredAt()));
        Tables.text(sampleNoColumn, SampleLine::sampleNo);
        Tables.text(sampleCaseColumn, SampleLine::caseNo);
        Tables.text(sampleStatusColumn, s -> i18n.label(s.status()));
        Tables.text(sampleDrawnColumn, s -> when(s.drawnAt()));
        Tables.text(referralNoColumn, ReferralLine::referralNo);
        Tables.text(referralToColumn, r -> Objects.toString(r.toSiteName(), ""));
        Tables.text(referralStatusColumn, r -> i18n.label(r.status()));
        Tables.text(referralFromColumn, r -> Objects.toString(r.validFrom(), ""));
        Tables.text(followUpKindColumn, f -> i18n.label(f.kind()));
        Tables.text(followUpStatusColumn, f -> i18n.label(f.status()));
        Tables.text(followUpDueColumn, f -> Objects.toString(f.nextDue(), ""));
        Tables.text(followUpVisitsColumn, f -> Integer.toString(f.visits()));
        openCaseButton.disableProperty().bind(caseTable.getSelectionModel().selectedItemProperty().isNull());
        caseTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpenCase();
            }
        });
        caseTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpenCase();
            }
        });
        vm.record().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
    }

    private void show(PatientRecord r) {
        // row 1 is the ID number with its reveal button, laid out in the FXML
        pair(0, 0, "patient.name", r.maskedName());
        pair(0, 2, "patient.sex", i18n.label(r.sex()));
        pair(2, 0, "patient.birthDate", Objects.toString(r.birthDate(), ""));
        pair(2, 2, "patient.township", Objects.toString(r.townshipName(), ""));
        pair(3, 0, "patients.column.village", Objects.toString(r.villageName(), ""));
        pair(3, 2, "patients.column.poverty", i18n.label(r.poverty()));
        pair(4, 0, "patients.details.insurance", i18n.label(r.insurance()));
        pair(4, 2, "patients.details.phone", Objects.toString(r.maskedPhone(), ""));
        caseTable.getItems().setAll(r.cases());
        sampleTable.getItems().setAll(r.samples());
        referralTable.getItems().setAll(r.referrals());
        followUpTable.getItems().setAll(r.followUps());
        casesTab.setText(i18n.get("patients.details.cases", r.cases().size()));
        samplesTab.setText(i18n.get("patients.details.samples", r.samples().size()));
        referralsTab.setText(i18n.get("patients.details.referrals", r.referrals().size()));
        followUpsTab.setText(i18n.get("patients.details.followUps", r.followUps().size()));
    }

    private void pair(int row, int column, String key, String value) {
        Label name = new Label(i18n.get(key));
        name.getStyleClass().add("detail-name");
        Label text = new Label(value);
        text.setWrapText(true);
        identityGrid.add(name, column, row);
        identityGrid.add(text, column + 1, row);
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    public PatientDetailsViewModel viewModel() {
        return vm;
    }

    @FXML
    private void onReveal() {
        vm.reveal();
    }

    @FXML
    private void onRecordConsent() {
        vm.recordConsent();
    }

    @FXML
    private void onOffer() {
        vm.runOffer();
    }

    @FXML
    private void onStartCase() {
        vm.startCase();
    }

    @FXML
    private void onOpenCase() {
        vm.openCase(caseTable.getSelectionModel().getSelectedItem());
    }
}
