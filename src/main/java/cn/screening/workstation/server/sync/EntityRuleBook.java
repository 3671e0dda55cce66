package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.server.store.SiteRegistry;
import java.util.List;
import java.util.Map;

/** The entity types clients may push, each with the rules the server holds it to. */
final class EntityRuleBook {

    private EntityRuleBook() {
    }

    static Map<String, EntityRules> standard(DiseaseCatalogue catalogue, SiteRegistry sites) {
        return Map.ofEntries(
                Map.entry(EntityTypes.PATIENT, new PatientRules()),
                Map.entry(EntityTypes.CASE, new CaseRules(catalogue)),
                Map.entry(EntityTypes.REFERRAL, new ReferralRules(sites)),
                Map.entry(EntityTypes.FOLLOW_UP, new OwnedRecordRules("site", List.of("patientId", "site", "kind", "status"))),
                Map.entry(EntityTypes.REGISTRY_ENTRY, new OwnedRecordRules("site", List.of("patientId", "site", "type"), "confirmedBy")),
                Map.entry(EntityTypes.SAMPLE, new SampleRules()),
                Map.entry(EntityTypes.SHIPMENT, new ShipmentRules()),
                Map.entry(EntityTypes.RECEIPT, new ReceiptRules()),
                Map.entry(EntityTypes.TUBE_VERDICT, new TubeVerdictRules()),
                Map.entry(EntityTypes.LAB_RESULT, new LabResultRules()));
    }
}
