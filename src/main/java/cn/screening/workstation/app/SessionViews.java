package cn.screening.workstation.app;

import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.CaseBrowser;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.CaseListItem;
import cn.screening.workstation.service.ImportPreview;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.PatientBrowser;
import cn.screening.workstation.service.PatientImport;
import cn.screening.workstation.service.PatientListItem;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.ui.patients.PatientDetailsController;
import cn.screening.workstation.ui.patients.PatientDetailsViewModel;
import cn.screening.workstation.ui.patients.PatientListController;
import cn.screening.workstation.ui.patients.PatientListViewModel;
import cn.screening.workstation.ui.patients.PatientSource;
import cn.screening.workstation.ui.registration.KnownPatient;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.ui.cases.CaseDetailsController;
import cn.screening.workstation.ui.cases.CaseListController;
import cn.screening.workstation.ui.cases.CaseListViewModel;
import cn.screening.workstation.ui.cases.CaseSource;
import cn.screening.workstation.ui.common.IdleTimer;
import cn.screening.workstation.ui.common.TimeText;
import cn.screening.workstation.ui.conflicts.ConflictsController;
import cn.screening.workstation.ui.conflicts.ConflictsViewModel;
import cn.screening.workstation.ui.conflicts.DuplicatesViewModel;
import cn.screening.workstation.ui.quarantine.QuarantineController;
import cn.screening.workstation.ui.receiving.ReceivingController;
import cn.screening.workstation.ui.receiving.ReceivingViewModel;
import cn.screening.workstation.ui.results.ResultsController;
import cn.screening.workstation.ui.results.ResultsViewModel;
import cn.screening.workstation.ui.samples.CaseRef;
import cn.screening.workstation.ui.samples.CaseSamplesController;
import cn.screening.workstation.ui.samples.SampleDrawController;
import cn.screening.workstation.ui.samples.SampleDrawViewModel;
import cn.screening.workstation.ui.samples.SampleWatchController;
import cn.screening.workstation.ui.samples.SampleWatchViewModel;
import cn.screening.workstation.ui.samples.TimelineText;
import cn.screening.workstation.ui.shipments.ShipmentsController;
import cn.screening.workstation.ui.shipments.ShipmentsViewModel;
import cn.screening.workstation.ui.quarantine.QuarantineViewModel;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.importer.ImportController;
import cn.screening.workstation.ui.importer.ImportPort;
import cn.screening.workstation.ui.importer.ImportViewModel;
import cn.screening.workstation.ui.lock.IdleLockController;
import cn.screening.workstation.ui.lock.IdleLockViewModel;
import cn.screening.workstation.ui.registration.PatientSectionController;
import cn.screening.workstation.ui.registration.ReferenceRanges;
import cn.screening.workstation.ui.registration.RegistrationController;
import cn.screening.workstation.ui.registration.RegistrationViewModel;
import cn.screening.workstation.ui.registration.ScreeningSectionController;
import cn.screening.workstation.ui.settings.SettingsController;
import cn.screening.workstation.ui.settings.SettingsViewModel;
import cn.screening.workstation.ui.settings.SyncSettingsViewModel;
import cn.screening.workstation.ui.shell.Navigator;
import cn.screening.workstation.ui.shell.Section;
import cn.screening.workstation.ui.shell.ShellController;
import cn.screening.workstation.ui.shell.ShellViewModel;
import cn.screening.workstation.ui.shell.SyncBarViewModel;
import cn.screening.workstation.ui.followup.FollowUpsController;
import cn.screening.workstation.ui.followup.FollowUpsViewModel;
import cn.screening.workstation.ui.referral.ReferralFormController;
import cn.screening.workstation.ui.referral.ReferralFormViewModel;
import cn.screening.workstation.ui.referral.ReferralPort;
import cn.screening.workstation.ui.referral.ReferralsController;
import cn.screening.workstation.ui.referral.ReferralsViewModel;
import cn.screening.workstation.ui.registry.RegistryController;
import cn.screening.workstation.ui.registry.RegistryViewModel;
import cn.screening.workstation.ui.today.TodayController;
import cn.screening.workstation.ui.today.TodayViewModel;
import cn.screening.workstation.ui.users.UsersController;
import cn.screening.workstation.ui.users.UsersViewModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/** The object graph of one logged-in session: its services, its screens' constructors, the idle lock. */
final class SessionViews implements AutoCloseable {

    private final AppContext ctx;
    private final Workspace workspace;
    private final Services services;
    private final SessionSync sync;
    private final Runnable logout;
    private final Consumer<Settings> settingsSaved;
    private final ViewLoader loader;
    private final Navigator navigator = new ShellNavigator();
    private ShellController shell;
    private IdleTimer idleTimer;
    private IdleLockViewModel lock;

    /** A new login: its sync starts in the background when the workstation is enrolled. */
    SessionViews(AppContext ctx, RuleBook rules, Workspace workspace, ViewLoader base, Runnable logout, Consumer<Settings> settingsSaved) {
        this(ctx, rules, workspace, null, base, logout, settingsSaved);
        ctx.tasks().run(sync::begin).start();
        // letters nobody answered within their window become 已过期 before 今日待办 counts them
        ctx.tasks().run(() -> services.referrals().expirePastValidity()).start();
    }

    /** @param rules the built-in rules with this workspace's pulled reference data laid over them */
    private SessionViews(AppContext ctx, RuleBook rules, Workspace workspace, SessionSync sync, ViewLoader base, Runnable logout,
                         Consumer<Settings> settingsSaved) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.services = new Services(workspace, rules, ctx.texts(), ctx.config().zone());
        this.sync = sync != null ? sync : new SessionSync(services, ctx.config().firstSyncAfter());
        this.logout = logout;
        this.settingsSaved = settingsSaved;
        this.loader = base.with(controllers());
    }

    Workspace workspace() {
        return workspace;
    }

    /** The same session with the screens rebuilt, e.g. in a new language. */
    SessionViews reloaded(ViewLoader base) {
        stopIdleLock();
        if (shell != null) {
            shell.close();
        }
        return new SessionViews(ctx, services.rules(), workspace, sync, base, logout, settingsSaved);
    }

    private Map<Class<?>, Supplier<?>> controllers() {
        var i18n = ctx.i18n();
        var texts = ctx.texts();
        var tasks = ctx.tasks();
        var zone = ctx.config().zone();
        var site = workspace.session().site();
        Accounts accounts = services.accounts();
        Map<Class<?>, Supplier<?>> m = new HashMap<>();
        m.put(ShellController.class, () -> new ShellController(new ShellViewModel(workspace.session(), i18n),
                new SyncBarViewModel(sync, tasks, i18n, ctx.config().clock(), Platform::runLater), this::view, logout));
        m.put(RegistrationController.class, () -> new RegistrationController(new RegistrationViewModel(
                services.registration()::register, services.rules(), site, ReferenceRanges.DEFAULT, tasks, texts, i18n,
                ctx.config().clock(), navigator), i18n));
        m.put(PatientSectionController.class, () -> new PatientSectionController(i18n));
        m.put(ScreeningSectionController.class, () -> new ScreeningSectionController(i18n));
        m.put(CaseListController.class, () -> new CaseListController(new CaseListViewModel(caseSource(services.caseBrowser()),
                services.rules(), site.countyCode(), tasks, texts, i18n), i18n, zone, this::showDetails));
        m.put(CaseDetailsController.class, () -> new CaseDetailsController(i18n, texts, zone));
        patientScreens(m);
        m.put(ImportController.class, () -> new ImportController(new ImportViewModel(importPort(services.patientImport()),
                tasks, texts, i18n, navigator::dataChanged), i18n));
        m.put(UsersController.class, () -> new UsersController(new UsersViewModel(accounts, tasks, texts, i18n), i18n, zone));
        boolean admin = workspace.session().may(Permission.MANAGE_SETTINGS);
        m.put(SettingsController.class, () -> new SettingsController(new SettingsViewModel(ctx.settingsFile(), ctx.settings(),
                admin, tasks, i18n, texts, settingsSaved),
                new SyncSettingsViewModel(SyncPorts.settings(sync.setup(), site.name()), admin, tasks, texts, i18n,
                        this::enrolled), i18n));
        m.put(ConflictsController.class, () -> new ConflictsController(new ConflictsViewModel(
                SyncPorts.conflicts(services.syncConflicts()), tasks, texts, i18n, zone, navigator::dataChanged),
                new DuplicatesViewModel(SyncPorts.duplicates(services.patientMerge()), tasks, texts, i18n, navigator::dataChanged)));
        m.put(QuarantineController.class, () -> new QuarantineController(new QuarantineViewModel(
                SyncPorts.quarantine(services.quarantine(), workspace), tasks, texts, i18n, zone, navigator::dataChanged,
                navigator::showCasesOf)));
        m.put(TodayController.class, () -> new TodayController(new TodayViewModel(ReferralPorts.today(services), tasks, i18n,
                navigator::show)));
        var files = ctx.config().files();
        var clock = ctx.config().clock();
        m.put(ReferralsController.class, () -> new ReferralsController(new ReferralsViewModel(referralPort(), tasks, texts, i18n,
                clock, this::openDraft, navigator::dataChanged), i18n, files));
        m.put(ReferralFormController.class, () -> new ReferralFormController(new ReferralFormViewModel(referralPort(), tasks,
                texts, i18n, navigator::dataChanged), i18n, files));
        m.put(FollowUpsController.class, () -> new FollowUpsController(new FollowUpsViewModel(ReferralPorts.followUps(services),
                tasks, texts, i18n, clock, workspace.session().user().username(), navigator::dataChanged), i18n));
        m.put(RegistryController.class, () -> new RegistryController(new RegistryViewModel(ReferralPorts.registry(services),
                tasks, texts, i18n, clock), i18n, files));
        specimenScreens(m);
        m.put(IdleLockController.class, () -> new IdleLockController(new IdleLockViewModel(accounts, tasks, texts, i18n, zone,
                this::unlocked), logout));
        return m;
    }

    /** 患者: the list, one patient's record, and from it a new case in the registration form. */
    private void patientScreens(Map<Class<?>, Supplier<?>> m) {
        var i18n = ctx.i18n();
        var tasks = ctx.tasks();
        PatientSource source = patientSource(services.patientBrowser());
        boolean mayRegister = workspace.session().may(Permission.REGISTER);
        m.put(PatientListController.class, () -> new PatientListController(new PatientListViewModel(source, services.rules(),
                workspace.session().site().countyCode(), tasks, ctx.texts(), i18n), i18n, this::showPatient));
        m.put(PatientDetailsController.class, () -> new PatientDetailsController(new PatientDetailsViewModel(source, tasks,
                ctx.texts(), i18n, mayRegister, this::openCase), i18n, ctx.config().zone()));
    }

    private void showPatient(PatientRecord record) {
        var loaded = loader.load(PatientDetailsController.class);
        Dialog<ButtonType> dialog = newDialog(ctx.i18n().get("patients.details.title", record.maskedName(),
                record.maskedIdNumber()), loaded.root());
        dialog.setResizable(true);
        loaded.controller().viewModel().show(record, () -> {
            dialog.close();
            startCaseFor(record);
        });
        showDialog(dialog);
    }

    /** The registration form, set to a new case for a patient already in the store. */
    private void startCaseFor(PatientRecord r) {
        if (shell != null) {
            shell.showWith(Section.REGISTER, RegistrationController.class,
                    c -> c.startFor(new KnownPatient(r.patientId(), r.maskedName(), r.maskedIdNumber(), r.sex())));
        }
    }

    /** One of a patient's cases, opened (and audited) as from the case list. */
    private void openCase(UUID caseId) {
        ctx.tasks().run(() -> services.caseBrowser().open(caseId)).onSuccess(this::showDetails).start();
    }

    /** The blood-sample loop's screens: draw, ship, receive, results, tracking. */
    private void specimenScreens(Map<Class<?>, Supplier<?>> m) {
        var i18n = ctx.i18n();
        var texts = ctx.texts();
        var tasks = ctx.tasks();
        var time = new TimeText(ctx.config().clock());
        var specimens = services.specimens();
        var printer = ctx.config().printer();
        var save = ctx.config().files();
        var session = workspace.session();
        boolean sender = session.may(Permission.SEND_SAMPLES);
        var timelines = new TimelineText(i18n, time);
        m.put(ShipmentsController.class, () -> new ShipmentsController(new ShipmentsViewModel(
                SpecimenPorts.shipments(specimens, printer), tasks, texts, i18n, time, navigator::dataChanged), i18n, time, save));
        m.put(ReceivingController.class, () -> new ReceivingController(new ReceivingViewModel(SpecimenPorts.receiving(specimens),
                tasks, texts, i18n, time, navigator::dataChanged), i18n, time));
        m.put(ResultsController.class, () -> new ResultsController(new ResultsViewModel(SpecimenPorts.results(specimens), tasks,
                texts, i18n, navigator::dataChanged), i18n));
        m.put(SampleWatchController.class, () -> new SampleWatchController(new SampleWatchViewModel(
                SpecimenPorts.tracking(specimens), tasks, i18n, timelines, sender), i18n, time));
        m.put(SampleDrawController.class, () -> new SampleDrawController(new SampleDrawViewModel(
                SpecimenPorts.draw(specimens, printer), tasks, texts, i18n, time, session.site().siteCode(),
                session.user().displayName(), navigator::dataChanged), i18n, save));
        m.put(CaseSamplesController.class, () -> new CaseSamplesController(SpecimenPorts.tracking(specimens), tasks, i18n,
                timelines, sender, this::showSampleDraw));
    }

    /** The main window's content: the shell, with the idle-lock overlay above it. */
    List<Node> build(Section section) {
        var shellView = loader.load(ShellController.class);
        shell = shellView.controller();
        if (section != null) {
            shell.show(section);
        }
        var lockView = loader.load(IdleLockController.class);
        lock = lockView.controller().viewModel();
        return List.of(shellView.root(), lockView.root());
    }

    private Parent view(Section section) {
        Class<?> type = switch (section) {
            case TODAY -> TodayController.class;
            case REFERRALS -> ReferralsController.class;
            case FOLLOW_UPS -> FollowUpsController.class;
            case REGISTRY -> RegistryController.class;
            case REGISTER -> RegistrationController.class;
            case CASES -> CaseListController.class;
            case PATIENTS -> PatientListController.class;
            case IMPORT -> ImportController.class;
            case CONFLICTS -> ConflictsController.class;
            case QUARANTINE -> QuarantineController.class;
            case USERS -> UsersController.class;
            case SETTINGS -> SettingsController.class;
            case SAMPLES -> SampleWatchController.class;
            case SHIPMENTS -> ShipmentsController.class;
            case RECEIVING -> ReceivingController.class;
            case RESULTS -> ResultsController.class;
        };
        var loaded = loader.load(type);
        loaded.root().getProperties().put(ShellController.CONTROLLER_KEY, loaded.controller());
        return loaded.root();
    }

    private void showDetails(CaseDetails details) {
        var loaded = loader.load(CaseDetailsController.class);
        loaded.controller().show(details);
        var samples = loader.load(CaseSamplesController.class);
        samples.controller().show(new CaseRef(details.screeningCase().id(), details.caseNo(),
                Masking.name(details.patient().name())));
        Dialog<ButtonType> dialog = newDialog(ctx.i18n().get("cases.details.title", details.caseNo()),
                new VBox(loaded.root(), samples.root()));
        if (workspace.session().may(Permission.REFER)) {
            ButtonType refer = new ButtonType(ctx.i18n().get("cases.details.refer"), ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().add(0, refer);
            dialog.getDialogPane().lookupButton(refer).setId("referButton");
            dialog.setResultConverter(b -> {
                if (b == refer) {
                    Platform.runLater(() -> openReferralForm(f -> f.openCase(details.screeningCase().id())));
                }
                return b;
            });
        }
        showDialog(dialog);
    }

    /** The sample-draw form for a case, in its own window; {@code closed} runs when it closes. */
    private void showSampleDraw(CaseRef ref, Runnable closed) {
        var loaded = loader.load(SampleDrawController.class);
        loaded.controller().viewModel().start(ref);
        Dialog<ButtonType> dialog = newDialog(ctx.i18n().get("sample.draw.window", ref.caseNo()), loaded.root());
        showDialog(dialog);
        // the window's own event: it comes whether 关闭 or the title bar's × closed it
        dialog.getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.run());
    }

    private Dialog<ButtonType> newDialog(String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        // ButtonType.CLOSE would say "Close" in the JVM's language, whatever the window's
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(ctx.i18n().get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    private void showDialog(Dialog<ButtonType> dialog) {
        dialog.getDialogPane().getStylesheets().add(Screens.class.getResource(Screens.CSS).toExternalForm());
        Window owner = ctx.dialogOwner();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
    }

    private ReferralPort referralPort() {
        return ReferralPorts.referrals(services, ctx.config().printer());
    }

    private void openDraft(UUID referralId) {
        openReferralForm(f -> f.openDraft(referralId));
    }

    /** The up-referral form in its own dialog over the main window. */
    private void openReferralForm(Consumer<ReferralFormViewModel> start) {
        var loaded = loader.load(ReferralFormController.class);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.i18n().get("referral.form.dialog"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loaded.root());
        ButtonType close = new ButtonType(ctx.i18n().get("referral.form.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("closeFormButton");
        start.accept(loaded.controller().viewModel());
        showDialog(dialog);
    }

    void startIdleLock(Scene scene) {
        stopIdleLock();
        int minutes = ctx.settings().idleLockMinutes();
        if (minutes > 0 && scene != null) {
            idleTimer = new IdleTimer(Duration.minutes(minutes), () -> lock.lock());
            idleTimer.attach(scene);
        }
    }

    private void unlocked() {
        if (idleTimer != null) {
            idleTimer.resume();
        }
    }

    void stopIdleLock() {
        if (idleTimer != null) {
            idleTimer.detach();
            idleTimer = null;
        }
    }

    /** Enrolled from the settings page: sync at once and from now on. */
    private void enrolled() {
        sync.enrolled();
        navigator.dataChanged();
    }

    /** Stops sync, audits the logout and closes the store; called off the FX thread. */
    @Override
    public void close() {
        sync.close(); // before the store: a sync in progress finishes its transaction first
        try {
            workspace.database().write(workspace.session().actor(), tx -> {
                workspace.audit().append(tx, AuditAction.LOGOUT, "user", workspace.session().user().username(), null);
                return null;
            });
        } finally {
            workspace.close();
        }
    }

    private static CaseSource caseSource(CaseBrowser browser) {
        return new CaseSource() {
            @Override
            public Page<CaseListItem> search(CaseQuery query) {
                return browser.search(query);
            }

            @Override
            public CaseDetails open(UUID caseId) {
                return browser.open(caseId);
            }

            @Override
            public String revealIdNumber(UUID caseId) {
                return browser.revealIdNumber(caseId);
            }

            @Override
            public boolean mayReveal() {
                return browser.mayReveal();
            }
        };
    }

    private static PatientSource patientSource(PatientBrowser browser) {
        return new PatientSource() {
            @Override
            public Page<PatientListItem> search(PatientQuery query) {
                return browser.search(query);
            }

            @Override
            public PatientRecord open(UUID patientId) {
                return browser.open(patientId);
            }

            @Override
            public String revealIdNumber(UUID patientId) {
                return browser.revealIdNumber(patientId);
            }

            @Override
            public boolean mayReveal() {
                return browser.mayReveal();
            }
        };
    }

    private static ImportPort importPort(PatientImport service) {
        return new ImportPort() {
            @Override
            public ImportPreview preview(Path file) {
                return service.preview(file);
            }

            @Override
            public ImportSummary commit(ImportPreview preview) {
                return service.commit(preview);
            }

            @Override
            public void writeReport(ImportPreview preview, Path report) {
                service.writeReport(preview, report);
            }
        };
    }

    /** Screens ask the shell through this; it exists before the shell does. */
    private final class ShellNavigator implements Navigator {
        @Override
        public void show(Section section) {
            if (shell != null) {
                shell.show(section);
            }
        }

        @Override
        public void showCasesOf(String idNumber) {
            if (shell != null) {
                shell.showCasesOf(idNumber);
            }
        }

        @Override
        public void dataChanged() {
            if (shell != null) {
                shell.dataChanged();
            }
        }
    }
}
