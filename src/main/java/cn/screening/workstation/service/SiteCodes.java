package cn.screening.workstation.service;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.site.InstitutionType;

/** Checks a site's division code for its type, and derives a site code until the server assigns one. */
public final class SiteCodes {

    private SiteCodes() {
    }

    /**
     * A township sits in a township (9 digits); a county or designated hospital in a county (6) or
     * township (9); a county health bureau in its county (6).
     */
    public static String check(InstitutionType type, String division, DivisionCatalogue divisions) {
        String code = division == null ? "" : division.trim();
        boolean ok = type == InstitutionType.TOWNSHIP ? code.matches("\\d{9}")
                : type.countyLevelOnly() ? code.matches("\\d{6}") : code.matches("\\d{6}|\\d{9}");
        if (!ok) {
            throw new ServiceException(type == InstitutionType.TOWNSHIP ? "error.division.township"
                    : type.countyLevelOnly() ? "error.division.bureau" : "error.division.county", code);
        }
        if (divisions.find(code).isEmpty()) {
            throw new ServiceException("error.division.unknown", code);
        }
        return code;
    }

    /** e.g. 210727101-T for 七里河镇卫生院, 210727-C for 义县人民医院, 210727-B for 义县卫生健康局. */
    public static String derive(InstitutionType type, String division) {
        return division + "-" + type.name().charAt(0);
    }
}
