package cn.screening.workstation.domain.division;

import cn.screening.workstation.domain.identity.Ethnicity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces a township or village name to its core so that the short form people write matches the
 * official one: 七里河 = 七里河镇, 地藏寺乡 = 地藏寺满族乡, 杨千台村 = 杨千台村民委员会.
 */
final class DivisionNames {

    private static final List<String> TOWNSHIP_SUFFIXES = List.of("街道办事处", "街道", "办事处", "镇", "乡", "苏木");
    private static final List<String> VILLAGE_SUFFIXES =
            List.of("社区居民委员会", "村民委员会", "居民委员会", "村委会", "居委会", "社区", "村");

    private final List<String> ethnicNames;

    DivisionNames() {
        List<String> names = new ArrayList<>(List.of("民族"));
        Ethnicity.all().stream().filter(Ethnicity::isNamedGroup).map(Ethnicity::nameZh).forEach(names::add);
        names.sort(Comparator.comparingInt(String::length).reversed());
        this.ethnicNames = names;
    }

    static String compact(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", "");
    }

    /** 地藏寺满族乡 → 地藏寺: the admin suffix, then any ethnic group names before it. */
    String townshipCore(String name) {
        String core = stripOnce(compact(name), TOWNSHIP_SUFFIXES);
        for (String stripped = stripOnce(core, ethnicNames); !stripped.equals(core); stripped = stripOnce(core, ethnicNames)) {
            core = stripped;
        }
        return core;
    }

    String villageCore(String name) {
        return stripOnce(compact(name), VILLAGE_SUFFIXES);
    }

    private static String stripOnce(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
