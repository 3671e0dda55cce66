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
    /** a two-way referral: the sender's letter, the receiving hospital's receipt and back-referral */
    public static final String REFERRAL = "referral";
    public static final String FOLLOW_UP = "follow_up";
    public static final String REGISTRY_ENTRY = "registry_entry";
    public static final String SAMPLE = "sample";
    public static final String SHIPMENT = "shipment";
    public static final String RECEIPT = "receipt";
    public static final String TUBE_VERDICT = "tube_verdict";
    public static final String LAB_RESULT = "lab_result";
    /** a row of the treatment ledger (救治台账) with its admissions and costs */
    public static final String LEDGER_ENTRY = "ledger_entry";
    /** the monthly report (统计月报表) of a county and period, with its versions */
    public static final String MONTHLY_REPORT = "monthly_report";
    /** reference data, pushed by the server only */
    public static final String SITE = "site";
    public static final String DISEASE = "disease";
    public static final String SETTING = "setting";

    /** what clients may push */
    public static final Set<String> CLIENT_PUSHABLE = Set.of(PATIENT, CASE,
            REFERRAL, FOLLOW_UP, REGISTRY_ENTRY,
            SAMPLE, SHIPMENT, RECEIPT, TUBE_VERDICT, LAB_RESULT,
            LEDGER_ENTRY, MONTHLY_REPORT);
    public static final Set<String> REFERENCE = Set.of(SITE, DISEASE, SETTING);

    private EntityTypes() {
    }
}
