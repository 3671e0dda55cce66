package cn.screening.workstation.protocol;

/**
 * A site as reference data.
 *
 * @param type       township | county | designated
 * @param parentCode the site above it (a township's county), or null
 */
public record SiteInfo(String code, String type, String divisionCode, String name, String parentCode) {
}
