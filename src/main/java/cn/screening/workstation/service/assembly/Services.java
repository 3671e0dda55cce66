package cn.screening.workstation.service.assembly;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.CaseBrowser;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.PatientBrowser;
import cn.screening.workstation.service.PatientImport;
import cn.screening.workstation.service.PatientMerge;
import cn.screening.workstation.service.Quarantine;
import cn.screening.workstation.service.RecordExport;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.service.SyncSetup;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.followup.FollowUps;
import cn.screening.workstation.service.ledger.CertificationPort;
import cn.screening.workstation.service.ledger.Certifications;
import cn.screening.workstation.service.ledger.Ledger;
import cn.screening.workstation.service.ledger.LedgerImport;
import cn.screening.workstation.service.ledger.LedgerWork;
import cn.screening.workstation.service.referral.ReferralDesk;
import cn.screening.workstation.service.referral.ReferralLetters;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.service.referral.Referrals;
import cn.screening.workstation.service.registry.Registry;
import cn.screening.workstation.service.specimen.SpecimenWork;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.service.today.TodayPort;
import cn.screening.workstation.service.today.TodaysWork;
import cn.screening.workstation.service.today.WorkSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The services of one logged-in workspace, built in one place for the screens and the CLI alike. */
public final class Services {

    private final Workspace workspace;
    private final Texts texts;
    private final ZoneId zone;
    private final FollowUps followUps;

    public Services(Workspace workspace, RuleBook rules, Texts texts, ZoneId zone) {
        this.workspace = workspace;
        workspace.useRules(rules);
        this.texts = texts;
        this.zone = zone;
        this.followUps = new FollowUps(workspace, zone);
        // a confirmed result arriving by pull enrols its patient in the registry and fills the ledger, in the same transaction
        workspace.specimens().onConfirmedResult((tx, c, result) -> {
            registry().enrolConfirmed(tx, c, result);
            ledger().fillFromConfirmedResult(tx, c, result);
        });
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The rules in force now: rebuilt when a pull brings new settings, so each service below is made with the current ones. */
    public RuleBook rules() {
        return workspace.rules();
    }

    public Texts texts() {
        return texts;
    }

    public CaseRegistration registration() {
        return new CaseRegistration(workspace, rules(), zone);
    }

    /** A minor's guardian consent recorded after registration (rule 10). */
    public cn.screening.workstation.service.GuardianConsents guardianConsents() {
        return new cn.screening.workstation.service.GuardianConsents(workspace);
    }

    public CaseBrowser caseBrowser() {
        return new CaseBrowser(workspace, rules(), texts.locale());
    }

    public PatientBrowser patientBrowser() {
        return new PatientBrowser(workspace, rules(), texts);
    }

    public PatientImport patientImport() {
        return new PatientImport(workspace, rules(), registration(), texts);
    }

    public RecordExport recordExport() {
        return new RecordExport(workspace, rules(), texts, zone);
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

    public PatientMerge patientMerge() {
        return new PatientMerge(workspace);
    }

    public Accounts accounts() {
        return new Accounts(workspace);
    }

    public Referrals referrals() {
        return new Referrals(workspace, rules(), followUps, texts, zone);
    }

    /** The referral letter and back-referral of a referral, ready for the document renderers. */
    public ReferralLetters referralLetters() {
        return new ReferralLetters(workspace, texts, zone);
    }

    public FollowUps followUps() {
        return followUps;
    }

    /** The audit log for administrators (审计日志). */
    public cn.screening.workstation.service.audit.AuditBrowser audit() {
        return new cn.screening.workstation.service.audit.AuditBrowser(workspace, texts, zone);
    }

    public Registry registry() {
        return new Registry(workspace, followUps, texts, zone);
    }

    /** The treatment ledger (救治台账). */
    public Ledger ledger() {
        return new Ledger(workspace, rules(), zone, texts.locale());
    }

    /** The monthly report (统计月报表): built from the ledger, submitted, revised. */
    public cn.screening.workstation.service.report.MonthlyReports monthlyReports() {
        return new cn.screening.workstation.service.report.MonthlyReports(workspace, rules(), zone);
    }

    /** The 统计看板: the county's charts, from the ledger, samples and referrals. */
    public cn.screening.workstation.service.report.Dashboards dashboards() {
        return new cn.screening.workstation.service.report.Dashboards(workspace, rules(), zone, texts.locale());
    }

    /** The 核对认定 page's side of the ledger. */
    public CertificationPort certifications() {
        return new Certifications(workspace, ledger(), rules(), zone);
    }

    /** The settlement-list import into the ledger. */
    public LedgerImport ledgerImport() {
        return new LedgerImport(workspace, rules(), texts, zone);
    }

    /** What waits on the user; a feature with more work to show adds its WorkSource and kinds here. */
    public TodaysWork todaysWork() {
        List<String> kinds = new ArrayList<>(StandardWork.KINDS);
        List<WorkSource> sources = new ArrayList<>();
        kinds.add(SpecimenWork.URGENT_REFERRAL);
        sources.add(SpecimenWork.urgentReferrals(workspace)); // the most urgent first
        sources.addAll(StandardWork.sources(workspace));
        kinds.addAll(LedgerWork.KINDS);
        sources.add(LedgerWork.certificationsWaiting(workspace, texts.locale()));
        sources.add(LedgerWork.admissionsWithoutCosts(workspace, texts.locale()));
        kinds.addAll(cn.screening.workstation.service.report.ReportWork.KINDS);
        sources.add(cn.screening.workstation.service.report.ReportWork.reminders(workspace, rules(), zone));
        return new TodaysWork(workspace, zone, kinds, sources);
    }

    /** Samples, boxes, receipts and results: the specimen loop. */
    /** What 今日待办 reads. */
    public TodayPort today() {
        return new TodayBoard(this);
    }

    /** The referral pages' side of the referral service, printing on this printer. */
    public ReferralPort referralDesk(PdfPrinter printer) {
        return new ReferralDesk(workspace, referrals(), referralLetters(), printer);
    }

    public Specimens specimens() {
        return new Specimens(workspace, zone);
    }
}
