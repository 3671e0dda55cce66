package cn.screening.workstation.server;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.SiteInfo;

/** What a site must look like: its code, its division for its type, and who may be above it. */
final class SiteRules {

    private SiteRules() {
    }

    static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Za-z0-9-]{1,32}")) {
            throw new AdminRefused("机构代码须为1至32位字母、数字或连字符：" + code);
        }
        return c;
    }

    /** A township lies in a township (9 digits); a county or designated hospital in a county (6) or township (9). */
    static String division(InstitutionType type, String division) {
        String d = division == null ? "" : division.strip();
        boolean ok = type == InstitutionType.TOWNSHIP ? d.matches("\\d{9}") : d.matches("\\d{6}|\\d{9}");
        if (!ok) {
            throw new AdminRefused(type == InstitutionType.TOWNSHIP ? "乡镇卫生院须填9位乡镇区划代码：" + division
                    : "县医院或定点医院须填6位县级或9位乡镇区划代码：" + division);
        }
        return d;
    }

    static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new AdminRefused("机构名称不能为空，且不超过200字");
        }
        return n;
    }

    /** A township sits under a county hospital; a county or designated hospital may stand alone. */
    static void checkParent(InstitutionType type, SiteInfo parent) {
        if (type == InstitutionType.TOWNSHIP && (parent == null || !parent.type().equals("county"))) {
            throw new AdminRefused("乡镇卫生院须以 --parent 指定所属县医院");
        }
    }
}
