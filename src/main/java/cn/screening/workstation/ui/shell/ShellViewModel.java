package cn.screening.workstation.ui.shell;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Session;
import cn.screening.workstation.ui.common.I18n;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Who is logged in where and which section is shown; sync is {@link SyncBarViewModel}'s. */
public final class ShellViewModel {

    private final Session session;
    private final I18n i18n;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.TODAY);
    private final StringProperty backupProblem = new SimpleStringProperty("");

    public ShellViewModel(Session session, I18n i18n) {
        this.session = session;
        this.i18n = i18n;
    }

    /** Why today's automatic backup failed, for the status bar; empty when it did not. */
    public StringProperty backupProblem() {
        return backupProblem;
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

    /** Up-referrals out, or their answers at the designated hospital. */
    public boolean mayUseReferrals() {
        return session().may(Permission.REFER) || session().may(Permission.RECEIVE_REFERRAL);
    }

    public boolean mayFollowUp() {
        return session().may(Permission.FOLLOW_UP);
    }

    /** The people who put patients in (registering or importing lists) see the 患者 list. */
    public boolean mayViewPatients() {
        return mayRegister() || mayImport();
    }

    public boolean mayViewRegistry() {
        return session().may(Permission.VIEW_REGISTRY);
    }

    /** Who keeps the ledger (county doctor, designated physician) and who certifies or reads it (the bureau). */
    public boolean mayViewLedger() {
        return session().may(Permission.KEEP_LEDGER) || session().may(Permission.CERTIFY);
    }

    /** 统计看板: who reads the ledger, at the county hospital or the county health bureau (the county's figures). */
    public boolean mayViewDashboard() {
        InstitutionType type = session().site().type();
        return mayViewLedger() && (type == InstitutionType.COUNTY || type == InstitutionType.BUREAU);
    }

    /** 核对认定: county doctors and the county health bureau's officers. */
    public boolean mayCertify() {
        return session().may(Permission.CERTIFY);
    }

    /** 月报表: the ledger's keepers and certifiers at a county hospital or the county health bureau, who report the county's month. */
    public boolean mayReport() {
        InstitutionType type = session().site().type();
        return mayViewLedger() && (type == InstitutionType.COUNTY || type == InstitutionType.BUREAU);
    }

    /** Every user lands on 今日待办: what waits for them here, each item one click from its screen. */
    public Section home() {
        return Section.TODAY;
    }

    public ObjectProperty<Section> section() {
        return section;
    }
}
