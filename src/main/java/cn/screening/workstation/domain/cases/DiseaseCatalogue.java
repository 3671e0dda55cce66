package cn.screening.workstation.domain.cases;

import cn.screening.workstation.domain.reference.ReferenceCsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The 大病专项救治 diseases, kept as data (reference/diseases.csv) because the list grows by notice:
 * 21 diseases in force by default, the additions for 25 and 30 present but inactive.
 */
public final class DiseaseCatalogue {

    private static final String TABLE = "/cn/screening/workstation/reference/diseases.csv";

    private final List<Disease> all;
    private final DiseaseSettings settings;

    public DiseaseCatalogue(List<Disease> diseases, DiseaseSettings settings) {
        this.all = diseases.stream().sorted(Comparator.comparingInt(Disease::sortOrder)).toList();
        this.settings = settings;
    }

    public static DiseaseCatalogue bundled(DiseaseSettings settings) {
        List<Disease> rows = new ArrayList<>();
        ReferenceCsv.read(TABLE, f -> rows.add(new Disease(f[0], f[1], f[2], f[3], f[4],
                Boolean.parseBoolean(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]))));
        return new DiseaseCatalogue(rows, settings);
    }

    public DiseaseSettings settings() {
        return settings;
    }

    /** Every disease of the largest list, in catalogue order. */
    public List<Disease> all() {
        return all;
    }

    /** The diseases of the list in force, in catalogue order. */
    public List<Disease> active() {
        return all.stream().filter(this::isActive).toList();
    }

    public Optional<Disease> find(String code) {
        return all.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public boolean isActive(Disease disease) {
        return disease.listSize() <= settings.activeListSize();
    }

    public boolean isActive(String code) {
        return find(code).filter(this::isActive).isPresent();
    }

    /** A children's disease is treated up to the age limit inclusive; the others at any age. */
    public boolean ageEligible(Disease disease, int ageInYears) {
        return !disease.childrenOnly() || ageInYears <= settings.childAgeLimit();
    }
}
