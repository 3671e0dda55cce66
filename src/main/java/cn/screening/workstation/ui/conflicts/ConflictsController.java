package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The conflict screen: the table of open conflicts and the two picks for the selected row, and
 * below it the patients the province refused as duplicates, each merged into the existing one.
 */
public final class ConflictsController implements ShellContent {

    private final ConflictsViewModel vm;
    private final DuplicatesViewModel duplicates;

    @FXML private TableView<ConflictRow> table;
    @FXML private TableColumn<ConflictRow, String> recordColumn;
    @FXML private TableColumn<ConflictRow, String> fieldColumn;
    @FXML private TableColumn<ConflictRow, String> localColumn;
    @FXML private TableColumn<ConflictRow, String> localByColumn;
    @FXML private TableColumn<ConflictRow, String> serverColumn;
    @FXML private TableColumn<ConflictRow, String> serverByColumn;
    @FXML private Button keepLocalButton;
    @FXML private Button takeServerButton;
    @FXML private Label messageLabel;
    @FXML private TableView<DuplicateRow> duplicateTable;
    @FXML private TableColumn<DuplicateRow, String> duplicatePatientColumn;
    @FXML private TableColumn<DuplicateRow, String> duplicateIdColumn;
    @FXML private TableColumn<DuplicateRow, String> existingSiteColumn;
    @FXML private TableColumn<DuplicateRow, String> existingIdColumn;
    @FXML private Button mergeButton;
    @FXML private Label duplicateMessageLabel;

    public ConflictsController(ConflictsViewModel vm, DuplicatesViewModel duplicates) {
        this.vm = vm;
        this.duplicates = duplicates;
    }

    @FXML
    private void initialize() {
        Tables.text(recordColumn, ConflictRow::record);
        Tables.text(fieldColumn, ConflictRow::field);
        Tables.text(localColumn, ConflictRow::localValue);
        Tables.text(localByColumn, ConflictRow::localBy);
        Tables.text(serverColumn, ConflictRow::serverValue);
        Tables.text(serverByColumn, ConflictRow::serverBy);
        Tables.bind(table, vm, messageLabel, keepLocalButton, takeServerButton);
        Tables.text(duplicatePatientColumn, DuplicateRow::localPatient);
        Tables.text(duplicateIdColumn, DuplicateRow::localIdNumber);
        Tables.text(existingSiteColumn, DuplicateRow::existingSite);
        Tables.text(existingIdColumn, DuplicateRow::existingId);
        Tables.bind(duplicateTable, duplicates, duplicateMessageLabel, mergeButton);
    }

    @Override
    public void activated() {
        vm.load();
        duplicates.load();
    }

    @FXML
    private void onMerge() {
        duplicates.merge();
    }

    @FXML
    private void onKeepLocal() {
        vm.keepLocal();
    }

    @FXML
    private void onTakeServer() {
        vm.takeServer();
    }
}
