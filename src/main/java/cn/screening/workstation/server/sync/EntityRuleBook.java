package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.protocol.EntityTypes;
import java.util.Map;

/** The entity types clients may push, each with the rules the server holds it to. */
final class EntityRuleBook {

    private EntityRuleBook() {
    }

    static Map<String, EntityRules> standard(DiseaseCatalogue catalogue) {
        return Map.of(
                EntityTypes.PATIENT, new PatientRules(),
                EntityTypes.CASE, new CaseRules(catalogue),
                EntityTypes.SAMPLE, new SampleRules(),
                EntityTypes.SHIPMENT, new ShipmentRules(),
                EntityTypes.RECEIPT, new ReceiptRules(),
                EntityTypes.TUBE_VERDICT, new TubeVerdictRules(),
                EntityTypes.LAB_RESULT, new LabResultRules());
    }
}
