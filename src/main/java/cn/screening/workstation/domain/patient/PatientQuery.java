package cn.screening.workstation.domain.patient;


/**
 * A patient-list search, used alike by the 患者 screen (a page at a time) and by the patient
 * export (every match), so that both show the same patients for the same filter. Null fields do
 * not filter; {@code namePrefix} matches the start of the name, {@code idNumber} the whole
 * normalised number or its start. A {@code limit} of 0 means every match.
 */
public record PatientQuery(String namePrefix, String idNumber, String townshipCode, PovertyStatus poverty, int offset, int limit) {

    public static final PatientQuery EVERYONE = new PatientQuery(null, null, null, null, 0, 0);

    /** The same filter without paging: what an export of this list writes. */
    public PatientQuery everyMatch() {
        return new PatientQuery(namePrefix, idNumber, townshipCode, poverty, 0, 0);
    }

    public boolean hasName() {
        return namePrefix != null && !namePrefix.isBlank();
    }

    public boolean hasId() {
        return idNumber != null && !idNumber.isBlank();
    }
}
