package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.domain.specimen.ReceiptRules;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.specimen.ArrivingBox;
import cn.screening.workstation.service.specimen.IncomingBox;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Numbers;
import cn.screening.workstation.ui.common.ScanField;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.common.TimeText;
import cn.screening.workstation.ui.common.Validation;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.Locale;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The receiving page: incoming boxes, the chosen box's arrival, scan field, reconciliation and verdicts. */
public final class ReceivingController implements ShellContent {

    private final ReceivingViewModel vm;
    private final I18n i18n;
    private final TimeText time;
    private final Validation validation = new Validation();

    @FXML private TableView<IncomingBox> boxTable;
    @FXML private TableColumn<IncomingBox, String> boxNoColumn;
    @FXML private TableColumn<IncomingBox, String> fromColumn;
    @FXML private TableColumn<IncomingBox, String> countColumn;
    @FXML private TableColumn<IncomingBox, String> receivedColumn;
    @FXML private Label boxTitle;
    @FXML private Label boxDetails;
    @FXML private TextField arrivedAtField;
    @FXML private Label arrivedAtMessage;
    @FXML private TextField temperatureField;
    @FXML private Label temperatureMessage;
    @FXML private Button arriveButton;
    @FXML private TextField scanField;
    @FXML private Label scanMessage;
    @FXML private Label countsLabel;
    @FXML private TableView<ReconciledTube> tubeTable;
    @FXML private TableColumn<ReconciledTube, String> sampleNoColumn;
    @FXML private TableColumn<ReconciledTube, String> stateColumn;
    @FXML private TableColumn<ReconciledTube, String> verdictColumn;
    @FXML private TableColumn<ReconciledTube, String> noteColumn;
    @FXML private ComboBox<RejectionReason> reasonBox;
    @FXML private Label reasonMessage;
    @FXML private TextField conditionField;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;
    @FXML private Button completeButton;
    @FXML private Label messageLabel;

    public ReceivingController(ReceivingViewModel vm, I18n i18n, TimeText time) {
        this.vm = vm;
        this.i18n = i18n;
        this.time = time;
    }

    @FXML
    private void initialize() {
        boxTable.setItems(vm.boxes());
        Tables.text(boxNoColumn, IncomingBox::boxNo);
        Tables.text(fromColumn, IncomingBox::fromSite);
        Tables.text(countColumn, b -> String.valueOf(b.tubes()));
        Tables.text(receivedColumn, b -> i18n.get(b.received() ? "common.yes" : "common.no"));
        boxTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        // the list read again (after a sync) keeps the box being received selected
        vm.boxes().addListener((ListChangeListener<IncomingBox>) c -> {
            ArrivingBox shown = vm.current().get();
            if (shown != null) {
                vm.boxes().stream().filter(b -> b.shipmentId().equals(shown.box().id())).findFirst()
                        .ifPresent(b -> boxTable.getSelectionModel().select(b));
            }
        });
        vm.current().addListener((obs, old, now) -> showBox(now));
        showBox(null);

        arrivedAtField.textProperty().bindBidirectional(vm.arrivedAt());
        temperatureField.textProperty().bindBidirectional(vm.arrivalTemp());
        validation.attach(arrivedAtField, arrivedAtMessage, vm.page().problems().of(ReceiptRules.ARRIVED_AT));
        validation.attach(temperatureField, temperatureMessage, vm.page().problems().of(ReceiptRules.TEMPERATURE));
        ScanField.attach(scanField, vm::scan);
        ScanField.answerIn(scanMessage, vm.scans());
        countsLabel.textProperty().bind(vm.counts());
        tubeTable.setItems(vm.tubes());
        Tables.text(sampleNoColumn, ReconciledTube::sampleNo);
        Tables.text(stateColumn, t -> i18n.label(t.state()));
        Tables.text(verdictColumn, t -> verdictText(t.verdict()));
        Tables.text(noteColumn, t -> t.verdict() != null && t.verdict().condition() != null && !t.verdict().condition().isBlank()
                ? t.verdict().condition() : t.note());
        tubeTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReconciledTube tube, boolean empty) {
                super.updateItem(tube, empty);
                getStyleClass().removeIf(c -> c.startsWith("tube-"));
                if (!empty && tube != null) {
                    getStyleClass().add("tube-" + tube.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        });
        Forms.enumChoice(reasonBox, RejectionReason.class, i18n, vm.reason());
        validation.attach(reasonBox, reasonMessage, vm.page().problems().of(ReceiptRules.REASON));
        conditionField.textProperty().bindBidirectional(vm.condition());
        messageLabel.textProperty().bind(vm.page().message());

        var noBox = vm.current().isNull();
        var notArrived = vm.arrived().not();
        var done = vm.completed();
        arrivedAtField.disableProperty().bind(noBox.or(vm.arrived()));
        temperatureField.disableProperty().bind(noBox.or(vm.arrived()));
        arriveButton.disableProperty().bind(noBox.or(vm.arrived()).or(vm.page().busy()));
        scanField.disableProperty().bind(notArrived.or(done));
        var notArrivedTube = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ReconciledTube t = tubeTable.getSelectionModel().getSelectedItem();
            return t == null || t.state() != TubeState.ARRIVED;
        }, tubeTable.getSelectionModel().selectedItemProperty());
        acceptButton.disableProperty().bind(notArrivedTube.or(vm.page().busy()).or(done));
        rejectButton.disableProperty().bind(notArrivedTube.or(vm.page().busy()).or(done));
        completeButton.disableProperty().bind(notArrived.or(done).or(vm.page().busy()));
    }

    private void showBox(ArrivingBox b) {
        if (b == null) {
            boxTitle.setText(i18n.get("receiving.box.none"));
            boxDetails.setText("");
            return;
        }
        Shipment s = b.box();
        boxTitle.setText(i18n.get("receiving.box.title", s.boxNo(), s.fromSite()));
        boxDetails.setText(i18n.get("receiving.box.details", nz(s.courier()), nz(s.trackingNo()), i18n.label(s.condition()),
                Numbers.show(s.dryIceKg()), nz(s.loggerId()), time.show(s.dispatchedAt())));
        Platform.runLater(() -> (b.receipt() == null ? arrivedAtField : scanField).requestFocus());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void activated() {
        vm.load();
    }

    /** Boxes sent here arrive by sync: the list is read again without F5. */
    @Override
    public void pulled(Set<String> entityTypes) {
        if (entityTypes.contains(EntityTypes.SHIPMENT) || entityTypes.contains(EntityTypes.SAMPLE)) {
            vm.load();
        }
    }

    @Override
    public boolean focusSearch() {
        scanField.requestFocus();
        return true;
    }

    @FXML
    private void onArrive() {
        vm.arrive();
    }

    @FXML
    private void onAccept() {
        vm.accept(tubeTable.getSelectionModel().getSelectedItem());
        scanField.requestFocus();
    }

    @FXML
    private void onReject() {
        vm.reject(tubeTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onComplete() {
        vm.complete();
    }

    /** A verdict as the table shows it: 接收, or 拒收：reason. */
    private String verdictText(TubeVerdict v) {
        if (v == null) {
            return "";
        }
        return v.decision() == TubeDecision.ACCEPTED ? i18n.label(v.decision())
                : i18n.get("receiving.rejectedBecause", i18n.label(v.reason()));
    }
}
