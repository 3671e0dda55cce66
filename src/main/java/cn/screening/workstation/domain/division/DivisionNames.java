package cn.screening.workstation.domain.division;

import cn.screening.workstation.domain.reference.Ethnicity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces a township or village name to its core so that the short form people write matches the
 * official one: 七里河 = 七里河镇, 地藏寺乡 = 地藏寺满族乡, 杨千台村 = 杨千台村民委员会.
 */
final class DivisionNames {

    /** The name without its suffix, and the kind of place the suffix said (村, 社区), "" when unsaid. */
    record Core(String stem, String kind) {

        /** Same stem, and the kinds do not contradict each other (七里河村 is not 七里河社区). */
        boolean matches(Core other) {
            return stem.equals(other.stem) && (kind.isEmpty() || other.kind.isEmpty() || kind.equals(other.kind));
        }
    }

    private static final List<String> TOWNSHIP_SUFFIXES = List.of("街道办事处", "街道", "办事处", "镇", "乡", "苏木");
    private static final Map<String, String> VILLAGE_SUFFIXES = villageSuffixes();

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

    /** 地藏寺满族乡 → 地藏寺: the admin suffix, then any ethnic group names before it. 镇 and 乡 are not told apart. */
    Core townshipCore(String name) {
        String stem = stripOnce(compact(name), TOWNSHIP_SUFFIXES);
        for (String shorter = stripOnce(stem, ethnicNames); !shorter.equals(stem); shorter = stripOnce(stem, ethnicNames)) {
            stem = shorter;
        }
        return new Core(stem, "");
    }

    /** 杨千台村民委员会 → 杨千台 (村), 七里河社区居民委员会 → 七里河 (社区). */
    Core villageCore(String name) {
        String compact = compact(name);
        for (Map.Entry<String, String> suffix : VILLAGE_SUFFIXES.entrySet()) {
            if (compact.length() > suffix.getKey().length() && compact.endsWith(suffix.getKey())) {
                return new Core(compact.substring(0, compact.length() - suffix.getKey().length()), suffix.getValue());
            }
        }
        return new Core(compact, "");
    }

    private static String stripOnce(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static Map<String, String> villageSuffixes() {
        Map<String, String> suffixes = new LinkedHashMap<>();
        suffixes.put("社区居民委员会", "社区");
        suffixes.put("居民委员会", "社区");
        suffixes.put("居委会", "社区");
        suffixes.put("社区", "社区");
        suffixes.put("村民委员会", "村");
        suffixes.put("村委会", "村");
        suffixes.put("村", "村");
        return suffixes;
    }
}
