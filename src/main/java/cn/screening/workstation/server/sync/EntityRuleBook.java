package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.SiteRegistry;
import java.util.List;
import java.util.Map;

/** The entity types clients may push, each with the rules the server holds it to. */
final class EntityRuleBook {

    private EntityRuleBook() {
    }

    static Map<String, EntityRules> standard(DiseaseCatalogue catalogue, SiteRegistry sites, RecordStore records) {
        return Map.ofEntries(
                // the workstation's own rules and reference tables: the same divisions and ID policy as RuleBook.defaults()
                Map.entry(EntityTypes.PATIENT, new PatientRules(new DivisionCatalogue(), IdNumberPolicy.DEFAULT)),
                Map.entry(EntityTypes.CASE, new CaseRules(catalogue)),
                Map.entry(EntityTypes.REFERRAL, new ReferralRules(sites)),
                Map.entry(EntityTypes.FOLLOW_UP, new OwnedRecordRules("site", List.of("patientId", "site", "kind", "status"))),
                Map.entry(EntityTypes.REGISTRY_ENTRY, new OwnedRecordRules("site", List.of("patientId", "site", "type"), "confirmedBy")),
                Map.entry(EntityTypes.SAMPLE, new SampleRules(new ProvincialSettings(records))),
                Map.entry(EntityTypes.SHIPMENT, new ShipmentRules()),
                Map.entry(EntityTypes.RECEIPT, new ReceiptRules()),
                Map.entry(EntityTypes.TUBE_VERDICT, new TubeVerdictRules()),
                Map.entry(EntityTypes.LAB_RESULT, new LabResultRules()),
                Map.entry(EntityTypes.LEDGER_ENTRY, new LedgerEntryRules(catalogue, new ProvincialSettings(records), records)),
                Map.entry(EntityTypes.MONTHLY_REPORT, new MonthlyReportRules(sites)));
    }
}
