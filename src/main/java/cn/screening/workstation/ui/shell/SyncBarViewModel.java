package cn.screening.workstation.ui.shell;

import cn.screening.workstation.sync.SyncStatus.Level;
import cn.screening.workstation.sync.SyncStatus.Snapshot;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar's sync part: what waits, since when, the last success, what needs a user, the last
 * error as a sentence, and a level that is OK (green) only when {@link Snapshot#level()} says so.
 */
public final class SyncBarViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final SyncControl sync;
    private final Tasks tasks;
    private final I18n i18n;
    private final Clock clock;
    private final Executor fxThread;
    private final StringProperty pendingText = new SimpleStringProperty("");
    private final StringProperty detailText = new SimpleStringProperty("");
    private final StringProperty problemsText = new SimpleStringProperty("");
    private final StringProperty levelText = new SimpleStringProperty("");
    private final StringProperty errorText = new SimpleStringProperty("");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.ERROR);
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final LongProperty conflicts = new SimpleLongProperty();
    private final LongProperty quarantined = new SimpleLongProperty();
    private Consumer<Set<String>> pulled = types -> { };

    /** @param fxThread where snapshots from the sync thread are applied (Platform::runLater; Runnable::run in tests) */
    public SyncBarViewModel(SyncControl sync, ScreenKit kit, Executor fxThread) {
        this.sync = sync;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
        this.fxThread = fxThread;
    }

    /** Listens while the shell is shown, and reads the counts once. */
    public void activate() {
        sync.show(s -> fxThread.execute(() -> apply(s)));
        sync.whenPulled(types -> fxThread.execute(() -> pulled.accept(types)));
        refresh();
    }

    public void deactivate() {
        sync.show(null);
        sync.whenPulled(null);
    }

    /** Re-reads the counts in the background, e.g. after a save or an import. */
    public void refresh() {
        tasks.run(sync::refresh)
                .onSuccess(this::apply)
                .onError(RuntimeException.class, e -> pendingText.set(i18n.get("status.sync.unknown")))
                .start();
    }

    public void syncNow() {
        syncing.set(true);
        sync.syncNow();
    }

    void apply(Snapshot s) {
        pendingText.set(s.pending() == 0 ? i18n.get("status.sync.none") : i18n.get("status.sync.pending", s.pending()));
        Instant now = clock.instant();
        String last = s.lastSuccessAt() == null ? i18n.get("status.sync.never")
                : i18n.get("status.sync.last", WHEN.format(s.lastSuccessAt().atZone(clock.getZone())));
        detailText.set(s.pending() == 0 ? last : i18n.get("status.sync.oldest", age(s.oldestPendingAge(now))) + "　" + last);
        problemsText.set(problems(s));
        level.set(s.level());
        levelText.set(levelText(s));
        errorText.set(s.lastError() == null ? "" : s.lastError());
        syncing.set(s.syncing());
        conflicts.set(s.conflicts());
        quarantined.set(s.quarantined());
    }

    private String problems(Snapshot s) {
        StringBuilder b = new StringBuilder();
        if (s.auditMismatch()) {
            b.append(i18n.get("status.sync.auditMismatch"));
        }
        if (s.upgradeTo() != null) {
            b.append(b.isEmpty() ? "" : "　").append(i18n.get("status.sync.upgrade", s.upgradeTo(), cn.screening.workstation.protocol.Release.CURRENT));
        }
        if (s.quarantined() > 0) {
            b.append(b.isEmpty() ? "" : "　").append(i18n.get("status.sync.quarantined", s.quarantined()));
        }
        if (s.conflicts() > 0) {
            b.append(b.isEmpty() ? "" : "　").append(i18n.get("status.sync.conflicts", s.conflicts()));
        }
        if (s.unstored() > 0) {
            b.append(b.isEmpty() ? "" : "　").append(i18n.get("status.sync.unstored", s.unstored()));
        }
        if (s.awaitingConsent() > 0) {
            b.append(b.isEmpty() ? "" : "　").append(i18n.get("status.sync.awaitingConsent", s.awaitingConsent()));
        }
        return b.toString();
    }

    private String levelText(Snapshot s) {
        if (!s.enrolled()) {
            return i18n.get("status.sync.level.notEnrolled");
        }
        if (s.syncing()) {
            return i18n.get("status.sync.level.syncing");
        }
        return switch (s.level()) {
            case OK -> i18n.get("status.sync.level.ok");
            case PENDING -> i18n.get("status.sync.level.pending");
            case ERROR -> i18n.get("status.sync.level.error");
        };
    }

    /** "12 分钟", "3 小时", "2 天": enough to tell a fresh change from one stuck for days. */
    String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return i18n.get("status.age.minutes", minutes);
        }
        return minutes < 48 * 60 ? i18n.get("status.age.hours", minutes / 60) : i18n.get("status.age.days", minutes / (24 * 60));
    }

    public StringProperty pendingText() {
        return pendingText;
    }

    public StringProperty detailText() {
        return detailText;
    }

    public StringProperty problemsText() {
        return problemsText;
    }

    public StringProperty levelText() {
        return levelText;
    }

    public StringProperty errorText() {
        return errorText;
    }

    public ObjectProperty<Level> level() {
        return level;
    }

    public BooleanProperty syncing() {
        return syncing;
    }

    public LongProperty conflicts() {
        return conflicts;
    }

    /** Told on the FX thread, after each sync that wrote records here, of their entity types. */
    public void onPulled(Consumer<Set<String>> listener) {
        this.pulled = listener;
    }

    public LongProperty quarantined() {
        return quarantined;
    }
}
