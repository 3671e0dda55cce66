package cn.screening.workstation.ui.samples;

import cn.screening.workstation.service.specimen.NearingTube;
import cn.screening.workstation.service.specimen.SampleRow;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.ScanField;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.common.TimeText;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The tracking page: nearing the spin limit, overdue, and one sample's journey by its number. */
public final class SampleWatchController implements ShellContent {

    private final SampleWatchViewModel vm;
    private final I18n i18n;
    private final TimeText time;

    @FXML private VBox nearingPane;
    @FXML private TableView<NearingTube> nearingTable;
    @FXML private TableColumn<NearingTube, String> nearingNoColumn;
    @FXML private TableColumn<NearingTube, String> nearingCaseColumn;
    @FXML private TableColumn<NearingTube, String> nearingNameColumn;
    @FXML private TableColumn<NearingTube, String> nearingDrawnColumn;
    @FXML private TableColumn<NearingTube, String> nearingLeftColumn;
    @FXML private TableView<SampleRow> overdueTable;
    @FXML private TableColumn<SampleRow, String> overdueNoColumn;
    @FXML private TableColumn<SampleRow, String> overdueCaseColumn;
    @FXML private TableColumn<SampleRow, String> overdueNameColumn;
    @FXML private TableColumn<SampleRow, String> overdueWaitingColumn;
    @FXML private TableColumn<SampleRow, String> overdueElapsedColumn;
    @FXML private TextField findField;
    @FXML private Label messageLabel;
    @FXML private ListView<String> timelineList;

    public SampleWatchController(SampleWatchViewModel vm, I18n i18n, TimeText time) {
        this.vm = vm;
        this.i18n = i18n;
        this.time = time;
    }

    @FXML
    private void initialize() {
        nearingPane.setVisible(vm.sender());
        nearingPane.setManaged(vm.sender());
        TimelineText t = vm.timelineText();
        nearingTable.setItems(vm.nearing());
        Tables.text(nearingNoColumn, NearingTube::sampleNo);
        Tables.text(nearingCaseColumn, NearingTube::caseNo);
        Tables.text(nearingNameColumn, NearingTube::maskedName);
        Tables.text(nearingDrawnColumn, n -> time.show(n.drawnAt()));
        Tables.text(nearingLeftColumn, n -> t.duration(n.left()));
        overdueTable.setItems(vm.overdue());
        Tables.text(overdueNoColumn, r -> r.sample().sampleNo());
        Tables.text(overdueCaseColumn, r -> r.sample().caseNo());
        Tables.text(overdueNameColumn, r -> r.sample().maskedName());
        Tables.text(overdueWaitingColumn, r -> i18n.label(r.turnaround().waitingFor()));
        Tables.text(overdueElapsedColumn, r -> i18n.get("sample.elapsed", t.duration(r.turnaround().elapsed()),
                t.duration(r.turnaround().limit())));
        ScanField.attach(findField, vm::find);
        messageLabel.textProperty().bind(vm.message());
        Forms.wrappingCells(timelineList);
        timelineList.setItems(vm.timeline());
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
}
