package cn.screening.workstation.store;

/** Who makes a change: the user and the site, written into audit and sync metadata. */
public record Actor(String username, String siteCode) {

    public static final Actor SYSTEM = new Actor("system", "local");
}
