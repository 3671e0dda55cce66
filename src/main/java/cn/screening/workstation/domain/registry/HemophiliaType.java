package cn.screening.workstation.domain.registry;

/** The diagnosis kinds of the registry (DOMAIN §3). */
public enum HemophiliaType {
    HA("血友病A"),
    HB("血友病B"),
    VWD("血管性血友病"),
    OTHER("其他"),
    CARRIER("携带者");

    private final String zh;

    HemophiliaType(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
