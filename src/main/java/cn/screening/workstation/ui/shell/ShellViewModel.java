package cn.screening.workstation.ui.shell;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Session;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Who is logged in where, which section is shown, and how much waits to be synced. */
public final class ShellViewModel {

    private final Session session;
    private final LongSupplier pendingCount;
    private final Tasks tasks;
    private final I18n i18n;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.REGISTER);
    private final ReadOnlyStringWrapper syncStatus = new ReadOnlyStringWrapper("");

    /** @param pendingCount reads how many changes wait in the outbox (a store read: run in the background) */
    public ShellViewModel(Session session, LongSupplier pendingCount, Tasks tasks, I18n i18n) {
        this.session = session;
        this.pendingCount = pendingCount;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public Session session() {
        return session;
    }

    public String userText() {
        return i18n.get("status.user", session().user().displayName(), session().user().username());
    }

    public String roleText() {
        return i18n.label(session().user().role());
    }

    public String siteText() {
        return i18n.get("status.site", session().site().name(), session().site().siteCode());
    }

    public boolean mayManageUsers() {
        return session().may(Permission.MANAGE_USERS);
    }

    public boolean mayImport() {
        return session().may(Permission.IMPORT);
    }

    public boolean mayRegister() {
        return session().may(Permission.REGISTER);
    }

    public boolean mayChangeSettings() {
        return session().may(Permission.MANAGE_SETTINGS);
    }

    /** The section a user lands on: registration for those who register, else the case list. */
    public Section home() {
        return mayRegister() ? Section.REGISTER : Section.CASES;
    }

    /** Reads the outbox count in the background; the status bar shows it (never "all synced" while anything waits). */
    public void refreshSyncStatus() {
        tasks.run(pendingCount::getAsLong)
                .onSuccess(n -> syncStatus.set(n == 0 ? i18n.get("status.sync.none") : i18n.get("status.sync.pending", n)))
                .onError(RuntimeException.class, e -> syncStatus.set(i18n.get("status.sync.unknown")))
                .start();
    }

    public ObjectProperty<Section> section() {
        return section;
    }

    public ReadOnlyStringProperty syncStatus() {
        return syncStatus.getReadOnlyProperty();
    }
}
