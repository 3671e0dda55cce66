package cn.screening.workstation.domain.cases;


/**
 * A case-list search. Null fields do not filter. {@code namePrefix} matches the start of the
 * name; {@code idNumber} matches the whole normalised number, or its start when shorter.
 */
public record CaseQuery(String namePrefix, String idNumber, CaseStatus status, String diseaseCode,
                        String townshipCode, CaseSort sort, int offset, int limit) {

    public static CaseQuery firstPage(int limit) {
        return new CaseQuery(null, null, null, null, null, CaseSort.NEWEST_FIRST, 0, limit);
    }

    public CaseQuery page(int newOffset) {
        return new CaseQuery(namePrefix, idNumber, status, diseaseCode, townshipCode, sort, newOffset, limit);
    }
}
