package cn.screening.workstation.domain.cases;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One disease of the 大病专项救治 catalogue (DOMAIN §3).
 *
 * @param code         stable ASCII code stored with cases, e.g. HEMOPHILIA
 * @param icd10        the ICD-10 codes as people read them, e.g. "D66 (A); D67 (B)"
 * @param icd10Pattern a regular expression an ICD-10 code of this disease matches
 * @param childrenOnly treated only up to the configured children's age limit
 * @param listSize     the smallest catalogue (21, 25 or 30 diseases) that includes it
 */
public record Disease(String code, String nameZh, String nameEn, String icd10, String icd10Pattern,
                      boolean childrenOnly, int sortOrder, int listSize) {

    /** The name in the screen's language: English for an English screen, Chinese otherwise (and in every document). */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean matchesIcd10(String icd10Code) {
        return icd10Code != null && Pattern.matches(icd10Pattern, icd10Code.strip().toUpperCase());
    }
}
