package cn.screening.workstation.domain.site;

/**
 * The institution this workstation belongs to, set once by the setup wizard.
 *
 * @param siteCode     the site's code: its division code plus a suffix until the server assigns one
 * @param divisionCode the GB/T 2260 code of its place: 9 digits for a township, 6 for a county
 */
public record SiteProfile(String siteCode, InstitutionType type, String divisionCode, String name) {

    /** The 6-digit county this site lies in. */
    public String countyCode() {
        return divisionCode.substring(0, 6);
    }
}
