package cn.screening.workstation.domain.cases;

import java.util.Set;

/**
 * Provincial policy for the catalogue: which list is in force and the age limit of children's
 * diseases (inclusive, in full years).
 */
public record DiseaseSettings(int activeListSize, int childAgeLimit) {

    public static final Set<Integer> LIST_SIZES = Set.of(21, 25, 30);
    /** The 21-disease list; children up to 14 [GK: verify against the provincial notice]. */
    public static final DiseaseSettings DEFAULT = new DiseaseSettings(21, 14);

    public DiseaseSettings {
        if (!LIST_SIZES.contains(activeListSize)) {
            throw new IllegalArgumentException("the catalogue has lists of 21, 25 or 30 diseases, not " + activeListSize);
        }
        if (childAgeLimit < 0) {
            throw new IllegalArgumentException("negative age limit");
        }
    }
}
