package cn.screening.workstation.service;

import java.time.ZoneId;

/** The services of one logged-in workspace, built in one place for the screens and the CLI alike. */
public final class Services {

    private final Workspace workspace;
    private final RuleBook rules;
    private final Texts texts;
    private final ZoneId zone;
    private final CaseRegistration registration;

    public Services(Workspace workspace, RuleBook rules, Texts texts, ZoneId zone) {
        this.workspace = workspace;
        this.rules = rules;
        this.texts = texts;
        this.zone = zone;
        this.registration = new CaseRegistration(workspace, rules, zone);
    }

    public Workspace workspace() {
        return workspace;
    }

    public RuleBook rules() {
        return rules;
    }

    public Texts texts() {
        return texts;
    }

    public CaseRegistration registration() {
        return registration;
    }

    public CaseBrowser caseBrowser() {
        return new CaseBrowser(workspace, rules, texts.locale());
    }

    public PatientImport patientImport() {
        return new PatientImport(workspace, rules, registration, texts);
    }

    public RecordExport recordExport() {
        return new RecordExport(workspace, rules, texts, zone);
    }

    /** Enrolment, the server address and the sync engine, over the given API client. */
    public SyncSetup syncSetup(cn.screening.workstation.sync.SyncApi api) {
        return new SyncSetup(workspace, api);
    }

    public SyncConflicts syncConflicts() {
        return new SyncConflicts(workspace);
    }

    public Quarantine quarantine() {
        return new Quarantine(workspace);
    }

    public Accounts accounts() {
        return new Accounts(workspace);
    }

    public cn.screening.workstation.service.specimen.Specimens specimens() {
        return new cn.screening.workstation.service.specimen.Specimens(workspace, zone);
    }
}
