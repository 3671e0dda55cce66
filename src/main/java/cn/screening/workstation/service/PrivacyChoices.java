package cn.screening.workstation.service;

import cn.screening.workstation.store.AuditAction;

/** The administrator's privacy settings for the settings page: read, and saved with an audit line. */
public final class PrivacyChoices {

    private final Workspace ws;

    public PrivacyChoices(Workspace ws) {
        this.ws = ws;
    }

    public PrivacySettings load() {
        return PrivacySettings.load(ws.database().folder());
    }

    /** Saves them (an administrator only; no negative value) and audits the change. */
    public void save(PrivacySettings settings) {
        PrivacySettings.save(ws.session(), ws.database().folder(), settings);
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.SETTINGS_CHANGED, "privacy", PrivacySettings.FILE_NAME,
                    "exportRetentionDays=" + settings.exportRetentionDays() + " auditRetentionMonths=" + settings.auditRetentionMonths());
            return null;
        });
    }
}
