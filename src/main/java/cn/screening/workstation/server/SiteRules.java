package cn.screening.workstation.server;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.SiteInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a site must look like: its code, its division for its type, who may be above it, a hospital's level and diseases. */
final class SiteRules {

    /** The catalogue the diseases a hospital treats are named from (codes, whatever list is active). */
    private static final DiseaseCatalogue CATALOGUE = DiseaseCatalogue.bundled(DiseaseSettings.DEFAULT);

    private SiteRules() {
    }

    static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Za-z0-9-]{1,32}")) {
            throw new AdminRefused("机构代码须为1至32位字母、数字或连字符：" + code);
        }
        return c;
    }

    /**
     * A township lies in a township (9 digits); a county health bureau in its county (6); a county or
     * designated hospital in a county (6) or township (9).
     */
    static String division(InstitutionType type, String division) {
        String d = division == null ? "" : division.strip();
        if (type == InstitutionType.TOWNSHIP && !d.matches("\\d{9}")) {
            throw new AdminRefused("乡镇卫生院须填9位乡镇区划代码：" + division);
        }
        if (type.countyLevelOnly() && !d.matches("\\d{6}")) {
            throw new AdminRefused("县卫生健康局须填6位县级区划代码：" + division);
        }
        if (!d.matches("\\d{6}|\\d{9}")) {
            throw new AdminRefused("县医院或定点医院须填6位县级或9位乡镇区划代码：" + division);
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

    /** A township sits under a county hospital; a bureau stands alone (it sees its county by division); others may. */
    static void checkParent(InstitutionType type, SiteInfo parent) {
        if (type == InstitutionType.TOWNSHIP && (parent == null || !parent.type().equals("county"))) {
            throw new AdminRefused("乡镇卫生院须以 --parent 指定所属县医院");
        }
        if (type == InstitutionType.BUREAU && parent != null) {
            throw new AdminRefused("县卫生健康局不设上级机构（按区划代码管辖本县各机构），请去掉 --parent");
        }
    }

    /** A designated hospital's level as the wire names it (county | city); only a designated hospital has one. */
    static String level(InstitutionType type, HospitalLevel level) {
        if (level != null && type != InstitutionType.DESIGNATED) {
            throw new AdminRefused("只有定点医院可填 --level（县级或市级）");
        }
        return level == null ? null : level.name().toLowerCase(Locale.ROOT);
    }

    /** The catalogue codes of the diseases a designated hospital treats, each known, without repeats. */
    static List<String> diseases(InstitutionType type, List<String> codes) {
        List<String> out = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            return out;
        }
        if (type != InstitutionType.DESIGNATED) {
            throw new AdminRefused("只有定点医院可填 --diseases（所治病种）");
        }
        for (String raw : codes) {
            String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
            if (CATALOGUE.find(code).isEmpty()) {
                throw new AdminRefused("病种代码不在病种目录中：" + raw);
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }
}
