package cn.screening.workstation.protocol;

import java.util.Set;

/**
 * The entity types the protocol carries. A pushed change of an unknown type is rejected on its own
 * (reason unknown_entity_type) rather than failing its batch, so one record a server does not know
 * yet goes to quarantine instead of blocking the queue.
 */
public final class EntityTypes {

    public static final String PATIENT = "patient";
    public static final String CASE = "case";
    public static final String SAMPLE = "sample";
    public static final String SHIPMENT = "shipment";
    public static final String RECEIPT = "receipt";
    public static final String TUBE_VERDICT = "tube_verdict";
    public static final String LAB_RESULT = "lab_result";
    /** reference data, pushed by the server only */
    public static final String SITE = "site";
    public static final String DISEASE = "disease";
    public static final String SETTING = "setting";

    /** what clients may push; referrals and follow-ups join later */
    public static final Set<String> CLIENT_PUSHABLE = Set.of(PATIENT, CASE,
            SAMPLE, SHIPMENT, RECEIPT, TUBE_VERDICT, LAB_RESULT);
    public static final Set<String> REFERENCE = Set.of(SITE, DISEASE, SETTING);

    private EntityTypes() {
    }
}
