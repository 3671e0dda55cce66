package cn.screening.workstation.ui.shell;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Session;
import cn.screening.workstation.ui.common.I18n;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Who is logged in where and which section is shown; sync is {@link SyncBarViewModel}'s. */
public final class ShellViewModel {

    private final Session session;
    private final I18n i18n;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.REGISTER);

    public ShellViewModel(Session session, I18n i18n) {
        this.session = session;
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

    public boolean maySendSamples() {
        return session().may(Permission.SEND_SAMPLES);
    }

    /** The lab of a designated hospital: receiving and results are its work only. */
    public boolean mayReceiveSamples() {
        return session().may(Permission.RECEIVE_SAMPLES) && session().site().type() == InstitutionType.DESIGNATED;
    }

    /** The section a user lands on: registration for those who register, receiving for the lab, else the case list. */
    public Section home() {
        return mayRegister() ? Section.REGISTER : mayReceiveSamples() ? Section.RECEIVING : Section.CASES;
    }

    public ObjectProperty<Section> section() {
        return section;
    }
}
