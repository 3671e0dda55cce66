package cn.screening.workstation.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * The main window: navigation on the left, the section in the centre, the status bar below.
 * Ctrl+N opens registration, Ctrl+F the case search, F5 refreshes; each section's view is built once.
 */
public final class ShellController implements Navigator {

    public static final String CONTROLLER_KEY = "shell.content";

    private final ShellViewModel vm;
    private final SyncBarViewModel sync;
    private final Function<Section, Parent> views;
    private final Runnable logout;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton todayButton;
    @FXML private ToggleButton registerButton;
    @FXML private ToggleButton casesButton;
    @FXML private ToggleButton patientsButton;
    @FXML private ToggleButton referralsButton;
    @FXML private ToggleButton followUpsButton;
    @FXML private ToggleButton registryButton;
    @FXML private ToggleButton ledgerButton;
    @FXML private ToggleButton certificationButton;
    @FXML private ToggleButton reportButton;
    @FXML private ToggleButton dashboardButton;
    @FXML private ToggleButton importButton;
    @FXML private ToggleButton conflictsButton;
    @FXML private ToggleButton quarantineButton;
    @FXML private Label conflictsBadge;
    @FXML private Label quarantineBadge;
    @FXML private ToggleButton samplesButton;
    @FXML private ToggleButton shipmentsButton;
    @FXML private ToggleButton receivingButton;
    @FXML private ToggleButton resultsButton;
    @FXML private ToggleButton usersButton;
    @FXML private ToggleButton auditButton;
    @FXML private ToggleButton settingsButton;
    @FXML private StackPane content;
    @FXML private Label userLabel;
    @FXML private Label roleLabel;
    @FXML private Label siteLabel;
    @FXML private Label syncLabel;
    @FXML private Label syncLevelLabel;
    @FXML private Label syncDetailLabel;
    @FXML private Label syncProblemsLabel;
    @FXML private Label syncErrorLabel;
    @FXML private Label backupProblemLabel;
    @FXML private ProgressIndicator syncProgress;
    @FXML private Button syncNowButton;

    /**
     * @param views builds a section's view; its controller, when a {@link ShellContent}, is found in
     *              the root's properties under {@link #CONTROLLER_KEY}
     */
    public ShellController(ShellViewModel vm, SyncBarViewModel sync, Function<Section, Parent> views, Runnable logout) {
        this.vm = vm;
        this.sync = sync;
        this.views = views;
        this.logout = logout;
    }

    @FXML
    private void initialize() {
        buttons.put(Section.TODAY, todayButton);
        buttons.put(Section.REGISTER, registerButton);
        buttons.put(Section.CASES, casesButton);
        buttons.put(Section.PATIENTS, patientsButton);
        buttons.put(Section.REFERRALS, referralsButton);
        buttons.put(Section.FOLLOW_UPS, followUpsButton);
        buttons.put(Section.REGISTRY, registryButton);
        buttons.put(Section.LEDGER, ledgerButton);
        buttons.put(Section.CERTIFICATION, certificationButton);
        buttons.put(Section.REPORT, reportButton);
        buttons.put(Section.DASHBOARD, dashboardButton);
        buttons.put(Section.IMPORT, importButton);
        buttons.put(Section.CONFLICTS, conflictsButton);
        buttons.put(Section.QUARANTINE, quarantineButton);
        buttons.put(Section.USERS, usersButton);
        buttons.put(Section.AUDIT, auditButton);
        buttons.put(Section.SETTINGS, settingsButton);
        buttons.put(Section.SAMPLES, samplesButton);
        buttons.put(Section.SHIPMENTS, shipmentsButton);
        buttons.put(Section.RECEIVING, receivingButton);
        buttons.put(Section.RESULTS, resultsButton);
        buttons.forEach((s, b) -> b.setUserData(s));
        backupProblemLabel.textProperty().bind(vm.backupProblem());
        hide(registerButton, !vm.mayRegister());
        hide(importButton, !vm.mayImport());
        hide(patientsButton, !vm.mayViewPatients());
        hide(usersButton, !vm.mayManageUsers());
        hide(auditButton, !vm.mayManageUsers());
        hide(referralsButton, !vm.mayUseReferrals());
        hide(followUpsButton, !vm.mayFollowUp());
        hide(registryButton, !vm.mayViewRegistry());
        hide(ledgerButton, !vm.mayViewLedger());
        hide(certificationButton, !vm.mayCertify());
        hide(reportButton, !vm.mayReport());
        hide(dashboardButton, !vm.mayViewDashboard());
        hide(samplesButton, !vm.maySendSamples() && !vm.mayReceiveSamples());
        hide(shipmentsButton, !vm.maySendSamples());
        hide(receivingButton, !vm.mayReceiveSamples());
        hide(resultsButton, !vm.mayReceiveSamples());
        userLabel.setText(vm.userText());
        roleLabel.setText(vm.roleText());
        siteLabel.setText(vm.siteText());
        SyncBar.bind(sync, new SyncBar(syncLevelLabel, syncLabel, syncDetailLabel, syncProblemsLabel, syncErrorLabel,
                syncProgress, syncNowButton, conflictsBadge, quarantineBadge));
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one section is always shown
            } else {
                vm.section().set((Section) now.getUserData());
            }
        });
        vm.section().addListener((obs, old, now) -> swap(old, now));
        sync.onPulled(types -> current().ifPresent(c -> c.pulled(types)));
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installAccelerators(scene);
            }
        });
        show(vm.home());
        swap(null, vm.section().get());
        sync.activate();
    }

    private static void hide(Node node, boolean hidden) {
        node.setVisible(!hidden);
        node.setManaged(!hidden);
    }

    private void installAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (vm.mayRegister()) {
                show(Section.REGISTER);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            show(Section.CASES);
            current().ifPresent(ShellContent::focusSearch);
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            current().ifPresent(ShellContent::refresh);
            sync.refresh();
        });
    }

    private Optional<ShellContent> current() {
        return contentOf(loaded.get(vm.section().get()));
    }

    private static Optional<ShellContent> contentOf(Parent view) {
        return view != null && view.getProperties().get(CONTROLLER_KEY) instanceof ShellContent c
                ? Optional.of(c) : Optional.empty();
    }

    private void swap(Section old, Section now) {
        if (old != null) {
            contentOf(loaded.get(old)).ifPresent(ShellContent::deactivated);
        }
        Parent view = loaded.computeIfAbsent(now, views);
        content.getChildren().setAll(view);
        Toggle button = buttons.get(now);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
        contentOf(view).ifPresent(ShellContent::activated);
        Platform.runLater(() -> {
            if (content.getScene() != null && !view.isFocusWithin()) {
                view.requestFocus();
            }
        });
    }

    @Override
    public void show(Section section) {
        vm.section().set(section);
    }

    @Override
    public void showCasesOf(String idNumber) {
        show(Section.CASES);
        current().ifPresent(c -> {
            if (c instanceof CaseFilterTarget t) {
                t.filterByIdNumber(idNumber);
            }
        });
    }

    /** Shows a section and hands its screen to {@code action} when the screen is a {@code type}. */
    public <T> void showWith(Section section, Class<T> type, Consumer<T> action) {
        show(section);
        current().filter(type::isInstance).map(type::cast).ifPresent(action);
    }

    @Override
    public void dataChanged() {
        sync.refresh();
    }

    /** A view that can be opened filtered to one patient's ID number. */
    public interface CaseFilterTarget {
        void filterByIdNumber(String idNumber);
    }

    @FXML
    private void onSyncNow() {
        sync.syncNow();
    }

    @FXML
    private void onLogout() {
        close();
        logout.run();
    }

    /** The window stops showing this shell (logout, or rebuilt in another language): its listeners stop. */
    public void close() {
        sync.deactivate();
        loaded.values().forEach(v -> contentOf(v).ifPresent(ShellContent::deactivated));
    }
}
