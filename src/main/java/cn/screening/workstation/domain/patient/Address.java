package cn.screening.workstation.domain.patient;

/**
 * Where the patient lives, down to the village: the township's 9-digit GB/T 2260 code, the
 * village's 12-digit code where the division table has it (else null), the village's name as
 * written, and the rest of the address.
 */
public record Address(String townshipCode, String villageCode, String villageName, String detail) {

    public static final Address NONE = new Address(null, null, null, null);

    /** The 6-digit county code this address lies in, or null. */
    public String countyCode() {
        return townshipCode == null || townshipCode.length() < 6 ? null : townshipCode.substring(0, 6);
    }
}
