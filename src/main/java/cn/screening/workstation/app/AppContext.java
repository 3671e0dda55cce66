package cn.screening.workstation.app;

import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.ui.common.DialogErrorReporter;
import cn.screening.workstation.ui.common.ErrorReporter;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What lives as long as the application: the data folder's workstation, the rules and reference
 * data, the settings, the texts in the chosen language, and the background threads.
 */
public final class AppContext implements AutoCloseable {

    private final AppConfig config;
    private final Workstation workstation;
    private final SettingsFile settingsFile;
    private final ExecutorService executor;
    private final Tasks tasks;
    private final ExecutorService backupExecutor;
    private final Tasks backupTasks;
    private volatile Supplier<Window> dialogOwner = () -> null;
    private RuleBook rules;
    private Settings settings;
    private I18n i18n;
    private Texts texts;

    /**
     * Reads the settings file: call off the FX thread. The launcher makes the context on a second
     * thread while JavaFX starts its toolkit; the application names the dialogs' owner once it has a
     * window ({@link #ownedBy}).
     */
    AppContext(AppConfig config) {
        this.config = config;
        this.workstation = new Workstation(config.dataFolder(), config.lockout(), config.storeOptions(), config.clock());
        this.settingsFile = workstation.settingsFile();
        this.settings = settingsFile.load();
        if (config.language() != null) {
            settings = settings.withLanguage(config.language());
        }
        this.executor = Executors.newFixedThreadPool(2, named("workstation-background"));
        applyLanguage(settings.language());
        ErrorReporter reporter = new DialogErrorReporter(this::texts, this::i18n, this::dialogOwner);
        this.tasks = Tasks.background(executor, reporter);
        // a backup can take minutes on a large store: on a thread of its own, so screens never wait behind it
        this.backupExecutor = Executors.newSingleThreadExecutor(named("workstation-backup"));
        this.backupTasks = Tasks.background(backupExecutor, reporter);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void applyLanguage(String language) {
        Locale locale = Texts.localeOf(language);
        this.i18n = new I18n(locale);
        this.texts = new Texts(locale);
    }

    /** The settings were saved: later screens use the new language and idle-lock time. */
    void settingsChanged(Settings saved) {
        this.settings = saved;
        applyLanguage(saved.language());
    }

    AppConfig config() {
        return config;
    }

    Workstation workstation() {
        return workstation;
    }

    SettingsFile settingsFile() {
        return settingsFile;
    }

    /** The window whose dialogs these are. */
    void ownedBy(Supplier<Window> owner) {
        this.dialogOwner = owner;
    }

    /**
     * Made at first use (reads the bundled reference tables): the login page does not need them, so
     * they are not read before its first frame, and the application reads them in the background after it.
     */
    synchronized RuleBook rules() {
        if (rules == null) {
            rules = RuleBook.defaults();
        }
        return rules;
    }

    /** Work for after the first frame (no result, no dialog): on a background thread. */
    void inBackground(Runnable work) {
        executor.execute(work);
    }

    Tasks tasks() {
        return tasks;
    }

    /** Where the daily backup and 立即备份 run. */
    Tasks backupTasks() {
        return backupTasks;
    }

    Settings settings() {
        return settings;
    }

    I18n i18n() {
        return i18n;
    }

    Texts texts() {
        return texts;
    }

    Window dialogOwner() {
        return dialogOwner.get();
    }

    @Override
    public void close() {
        backupExecutor.shutdownNow();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
