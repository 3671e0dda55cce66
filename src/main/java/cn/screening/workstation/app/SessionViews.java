package cn.screening.workstation.app;

import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.service.AutomaticBackup;
import cn.screening.workstation.service.BackupPort;
import cn.screening.workstation.service.Backups;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.ExportRetention;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.PrivacySettings;
import cn.screening.workstation.service.RestoreCheck;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.WindowBackupListener;
import cn.screening.workstation.service.WindowBackups;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.ui.cases.CaseScreens;
import cn.screening.workstation.ui.certification.CertificationScreens;
import cn.screening.workstation.ui.dashboard.DashboardScreens;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.conflicts.ConflictScreens;
import cn.screening.workstation.ui.followup.FollowUpScreens;
import cn.screening.workstation.ui.importer.ImportScreens;
import cn.screening.workstation.ui.ledger.LedgerScreens;
import cn.screening.workstation.ui.report.ReportScreens;
import cn.screening.workstation.ui.lock.IdleLock;
import cn.screening.workstation.ui.patients.PatientScreens;
import cn.screening.workstation.ui.quarantine.QuarantineScreens;
import cn.screening.workstation.ui.receiving.ReceivingScreens;
import cn.screening.workstation.ui.referral.ReferralScreens;
import cn.screening.workstation.ui.registration.KnownPatient;
import cn.screening.workstation.ui.registration.RegistrationController;
import cn.screening.workstation.ui.registration.RegistrationScreens;
import cn.screening.workstation.ui.registry.RegistryScreens;
import cn.screening.workstation.ui.results.ResultsScreens;
import cn.screening.workstation.ui.samples.CaseRef;
import cn.screening.workstation.ui.samples.SampleScreens;
import cn.screening.workstation.ui.settings.SettingsScreens;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import cn.screening.workstation.ui.shell.ShellController;
import cn.screening.workstation.ui.shell.ShellViewModel;
import cn.screening.workstation.ui.shell.SyncBarViewModel;
import cn.screening.workstation.ui.shipments.ShipmentScreens;
import cn.screening.workstation.ui.today.TodayScreens;
import cn.screening.workstation.ui.users.UsersScreens;
import cn.screening.workstation.ui.audit.AuditScreens;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * One logged-in session: its services and sync, every feature's screens registered on one kit, the
 * shell that shows them, the idle lock above it. The features wire themselves; what one feature
 * opens of another (a case's samples, its referral, a patient's case) is joined here.
 */
final class SessionViews implements AutoCloseable {

    private final AppContext ctx;
    private final Workspace workspace;
    private final Services services;
    private final SessionSync sync;
    private final Runnable logout;
    private final Consumer<Settings> settingsSaved;
    private final ShellNavigator navigator = new ShellNavigator();
    private final IdleLock idleLock = new IdleLock();
    private final ScreenRegistry screens = new ScreenRegistry();
    private final ViewLoader loader;
    private final BackupPort backups;
    private final WindowBackupListener backupListener;
    private final StringProperty backupProblem = new SimpleStringProperty("");

    /** A new login: its sync starts in the background when the workstation is enrolled. */
    SessionViews(AppContext ctx, RuleBook rules, Workspace workspace, ViewLoader base, Runnable logout, Consumer<Settings> settingsSaved) {
        this(ctx, rules, workspace, null, null, base, logout, settingsSaved);
        ctx.tasks().run(sync::begin).start();
        // letters nobody answered within their window become 已过期 before 今日待办 counts them
        ctx.tasks().run(() -> services.referrals().expirePastValidity()).start();
        // exported copies older than the administrator's retention go, in the background (privacy.json)
        ctx.tasks().run(() -> new ExportRetention(workspace).sweep(PrivacySettings.load(workspace.database().folder())
                .exportRetentionDays())).start();
        backUpIfDue();
    }

    /** The daily backup, in the background; a failure is a line in the status bar, never a dialog in the way. */
    private void backUpIfDue() {
        ctx.backupTasks().run(() -> backups.runIfDue(ctx.settings().backup()))
                .onSuccess(outcome -> backupProblem.set(""))
                .onError(ServiceException.class, e -> backupProblem.set(ctx.i18n().get("status.backup.failed", ctx.texts().of(e))))
                .onError(StoreException.class, e -> backupProblem.set(ctx.i18n().get("status.backup.failed", ctx.texts().of(e))))
                .onError(RuntimeException.class, e -> backupProblem.set(ctx.i18n().get("status.backup.failed", String.valueOf(e.getMessage()))))
                .start();
    }

    /** @param rules the built-in rules with this workspace's pulled reference data laid over them */
    private SessionViews(AppContext ctx, RuleBook rules, Workspace workspace, SessionSync sync, WindowBackupListener backupListener,
                         ViewLoader base, Runnable logout, Consumer<Settings> settingsSaved) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.services = new Services(workspace, rules, ctx.texts(), ctx.config().zone());
        this.sync = sync != null ? sync : new SessionSync(services, ctx.config().firstSyncAfter());
        this.logout = logout;
        this.settingsSaved = settingsSaved;
        var config = ctx.config();
        ScreenKit kit = new ScreenKit(ctx.tasks(), ctx.texts(), ctx.i18n(), config.clock(), navigator, config.files(),
                config.printer());
        Dialogs dialogs = new Dialogs(ctx.i18n(), ctx::dialogOwner);
        Backups made = new Backups(config.lockout(), config.storeOptions(), RestoreCheck.TABLES);
        this.backups = new AutomaticBackup(made, config.clock()).port(workspace);
        // `backup create` on the command line asks this window (decision 0024); binds on a thread of its own
        this.backupListener = backupListener != null ? backupListener
                : WindowBackupListener.start(workspace.database().folder(), new WindowBackups(workspace, made, config.zone()));
        register(kit, dialogs);
        this.loader = base.with(screens.controllers());
        dialogs.loadFrom(loader);
    }

    private void register(ScreenKit kit, Dialogs dialogs) {
        screens.controller(ShellController.class, () -> new ShellController(shellViewModel(kit),
                new SyncBarViewModel(sync, kit, Platform::runLater), this::view, logout));
        var samples = new SampleScreens(kit, dialogs);
        var referrals = new ReferralScreens(kit, dialogs);
        var cases = new CaseScreens(kit, dialogs, d -> samples.ofCase(caseRef(d)), referrals::openForCase);
        var patients = new PatientScreens(kit, dialogs, id -> openCase(id, cases), this::startCaseFor);
        TodayScreens.register(screens, kit, services);
        referrals.register(screens, services);
        FollowUpScreens.register(screens, kit, services);
        RegistryScreens.register(screens, kit, services);
        new LedgerScreens(kit, dialogs, patients::show).register(screens, services);
        RegistrationScreens.register(screens, kit, services);
        cases.register(screens, services);
        patients.register(screens, services);
        ImportScreens.register(screens, kit, services);
        ConflictScreens.register(screens, kit, services);
        QuarantineScreens.register(screens, kit, services);
        UsersScreens.register(screens, kit, services);
        AuditScreens.register(screens, kit, services);
        SettingsScreens.register(screens, kit, services, ctx.settingsFile(), ctx::settings, settingsSaved, sync.setup(),
                this::enrolled, backups);
        samples.register(screens, services);
        ShipmentScreens.register(screens, kit, services);
        ReceivingScreens.register(screens, kit, services);
        ResultsScreens.register(screens, kit, services);
        new CertificationScreens(kit, dialogs).register(screens, services);
        new ReportScreens(kit, dialogs, patients::show).register(screens, services);
        DashboardScreens.register(screens, kit, services);
        idleLock.register(screens, kit, services.accounts(), logout);
    }

    private ShellViewModel shellViewModel(ScreenKit kit) {
        ShellViewModel vm = new ShellViewModel(workspace.session(), kit.i18n());
        vm.backupProblem().bind(backupProblem);
        return vm;
    }

    Workspace workspace() {
        return workspace;
    }

    /** The same session with the screens rebuilt, e.g. in a new language. */
    SessionViews reloaded(ViewLoader base) {
        stopIdleLock();
        navigator.closeShell();
        return new SessionViews(ctx, services.rules(), workspace, sync, backupListener, base, logout, settingsSaved);
    }

    /** The main window's content: the shell, with the idle-lock overlay above it. */
    List<Node> build(Section section) {
        var shellView = loader.load(ShellController.class);
        navigator.shell = shellView.controller();
        if (section != null) {
            navigator.shell.show(section);
        }
        return List.of(shellView.root(), idleLock.view(loader));
    }

    private Parent view(Section section) {
        var loaded = loader.load(screens.controllerOf(section));
        loaded.root().getProperties().put(ShellController.CONTROLLER_KEY, loaded.controller());
        return loaded.root();
    }

    void startIdleLock(Scene scene) {
        idleLock.start(scene, ctx.settings().idleLockMinutes());
    }

    void stopIdleLock() {
        idleLock.stop();
    }

    private static CaseRef caseRef(CaseDetails d) {
        return new CaseRef(d.screeningCase().id(), d.caseNo(), Masking.name(d.patient().name()));
    }

    /** One of a patient's cases, opened (and audited) as from the case list. */
    private void openCase(UUID caseId, CaseScreens cases) {
        ctx.tasks().run(() -> services.caseBrowser().open(caseId)).onSuccess(cases::show).start();
    }

    /** The registration form, set to a new case for a patient already in the store. */
    private void startCaseFor(PatientRecord r) {
        if (navigator.shell != null) {
            navigator.shell.showWith(Section.REGISTER, RegistrationController.class,
                    c -> c.startFor(new KnownPatient(r.patientId(), r.maskedName(), r.maskedIdNumber(), r.sex())));
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
        backupListener.close(); // no new command-line backup; one under way finishes before the store closes
        try {
            workspace.database().write(workspace.session().actor(), tx -> {
                workspace.audit().append(tx, AuditAction.LOGOUT, "user", workspace.session().user().username(), null);
                return null;
            });
        } finally {
            workspace.close();
        }
    }
}
