package cn.screening.workstation.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A site as reference data.
 *
 * @param type       township | county | designated | bureau (县卫生健康局)
 * @param parentCode the site above it (a township's county), or null
 * @param level      a designated hospital's level, county (县级) | city (市级); null for other sites
 * @param diseases   the catalogue codes of the diseases a designated hospital treats; empty for other sites
 */
public record SiteInfo(String code, String type, String divisionCode, String name, String parentCode,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String level,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> diseases) {

    public SiteInfo {
        diseases = diseases == null ? List.of() : List.copyOf(diseases);
    }

    /** A site without hospital attributes. */
    public SiteInfo(String code, String type, String divisionCode, String name, String parentCode) {
        this(code, type, divisionCode, name, parentCode, null, List.of());
    }
}
