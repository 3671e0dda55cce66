package cn.screening.workstation.domain.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident ID number (GB 11643-1999) as normalised from what the user typed: whitespace gone,
 * full-width digits made ASCII, x made X, and a 15-digit legacy number upgraded to 18 digits.
 * The value may still be malformed; {@link IdNumberRules} says what is wrong with it.
 *
 * @param upgradedFromLegacy true when the user typed a 15-digit number, which the user must confirm
 */
public record IdNumber(String value, boolean upgradedFromLegacy) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern LEGACY = Pattern.compile("\\d{15}");
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Normalises and, for a 15-digit number, upgrades. Never null: blank input gives an empty value. */
    public static IdNumber parse(String typed) {
        String normalised = normalise(typed);
        return LEGACY.matcher(normalised).matches()
                ? new IdNumber(upgradeLegacy(normalised), true)
                : new IdNumber(normalised, false);
    }

    /** Drops all whitespace, turns full-width digits and Ｘ/ｘ/x into ASCII digits and X. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                out.append('X');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** 15-digit legacy number → 18 digits: "19" before the 6-digit birth date, then the check character. */
    public static String upgradeLegacy(String legacy) {
        if (!LEGACY.matcher(legacy).matches()) {
            throw new IllegalArgumentException("not a 15-digit ID number");
        }
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        return first17 + checkCharacter(first17);
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** 17 digits then a digit or X. */
    public boolean isWellFormed() {
        return EIGHTEEN.matcher(value).matches();
    }

    public boolean hasValidCheckCharacter() {
        return isWellFormed() && checkCharacter(value) == value.charAt(17);
    }

    /** Digits 7–14 as a calendar date, empty when they are no real date (e.g. 19000229). */
    public Optional<LocalDate> birthDate() {
        if (!isWellFormed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The 17th digit: odd for male, even for female. */
    public Optional<Sex> sex() {
        if (!isWellFormed()) {
            return Optional.empty();
        }
        return Optional.of((value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /** Digits 1–2. */
    public String provinceCode() {
        return value.length() < 2 ? "" : value.substring(0, 2);
    }

    /** Digits 1–6, the GB/T 2260 county code where the number was issued. */
    public String addressCode() {
        return value.length() < 6 ? "" : value.substring(0, 6);
    }
}
