package cn.screening.workstation.protocol;

import java.util.Set;

/** The entity types the protocol carries. Unknown types are refused with 400 unknown_entity_type. */
public final class EntityTypes {

    public static final String PATIENT = "patient";
    public static final String CASE = "case";
    /** reference data, pushed by the server only */
    public static final String SITE = "site";
    public static final String DISEASE = "disease";
    public static final String SETTING = "setting";

    /** what clients may push in version 1; samples, shipments, referrals and follow-ups join later */
    public static final Set<String> CLIENT_PUSHABLE = Set.of(PATIENT, CASE);
    public static final Set<String> REFERENCE = Set.of(SITE, DISEASE, SETTING);

    private EntityTypes() {
    }
}
