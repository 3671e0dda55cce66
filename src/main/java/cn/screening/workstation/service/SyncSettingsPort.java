package cn.screening.workstation.service;

/** Enrolment and the server address as the settings page needs them (network and store: off the FX thread). */
public interface SyncSettingsPort {

    /** Where this workstation is enrolled, if it is. */
    record Enrolment(boolean enrolled, String siteCode, String serverUrl) {
    }

    Enrolment current();

    /** Enrols with a one-time code; returns the site's name and code as the server gave them. */
    String enrol(String serverUrl, String code);

    void changeServer(String serverUrl);
}
