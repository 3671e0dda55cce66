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
        return Map.of(
                EntityTypes.PATIENT, new PatientRules(),
                EntityTypes.CASE, new CaseRules(catalogue),
                EntityTypes.REFERRAL, new ReferralRules(sites),
                EntityTypes.FOLLOW_UP, new OwnedRecordRules("site", List.of("patientId", "site", "kind", "status")),
                EntityTypes.REGISTRY_ENTRY, new OwnedRecordRules("site", List.of("patientId", "site", "type")));
    }
}
