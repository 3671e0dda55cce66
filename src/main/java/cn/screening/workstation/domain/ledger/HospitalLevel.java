package cn.screening.workstation.domain.ledger;

/** The level of a designated hospital: the county's own, or the city's. */
public enum HospitalLevel {
    COUNTY("县级"),
    CITY("市级");

    private final String zh;

    HospitalLevel(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
