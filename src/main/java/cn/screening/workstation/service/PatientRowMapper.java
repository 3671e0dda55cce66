package cn.screening.workstation.service;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyGroupWording;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.transfer.PatientListColumn;
import cn.screening.workstation.transfer.PatientListRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Turns a row of the poverty-relief patient list into a Patient, noting what it could not read.
 * Blank sex and birth date are taken from the ID number; typed ones are checked against it later.
 */
final class PatientRowMapper {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private final RuleBook rules;
    private final String siteCounty;
    private final String siteCode;

    PatientRowMapper(RuleBook rules, String siteCounty, String siteCode) {
        this.rules = rules;
        this.siteCounty = siteCounty;
        this.siteCode = siteCode;
    }

    record Mapped(Patient patient, List<Violation> problems) {

        /** The township's name was not in the division table and is kept as address text instead. */
        boolean townshipKeptAsText() {
            return problems.stream().anyMatch(v -> v.messageKey().equals("import.township.unknown"));
        }
    }

    Mapped map(PatientListRow row) {
        List<Violation> problems = new java.util.ArrayList<>();
        String idText = row.value(PatientListColumn.ID_NUMBER);
        IdNumber id = IdNumber.parse(idText == null ? "" : idText);
        Sex sex = sex(row.value(PatientListColumn.SEX), id, problems);
        LocalDate birth = birthDate(row.value(PatientListColumn.BIRTH_DATE), id, problems);
        Address address = address(row, id, problems);
        PovertyStatus poverty = poverty(row.value(PatientListColumn.CATEGORY), problems);
        Patient p = new Patient(RecordIds.next(), blankToNull(row.value(PatientListColumn.NAME)), IdType.RESIDENT_ID,
                idText == null ? "" : idText.strip(), sex, birth, null, blankToNull(row.value(PatientListColumn.PHONE)), address, null, poverty,
                InsuranceType.UNKNOWN, siteCode, null);
        return new Mapped(p, problems);
    }

    private static Sex sex(String typed, IdNumber id, List<Violation> problems) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return id.sex().orElse(Sex.UNKNOWN);
        }
        return switch (s) {
            case "男", "1", "M", "m", "男性" -> Sex.MALE;
            case "女", "2", "F", "f", "女性" -> Sex.FEMALE;
            case "未知", "0" -> Sex.UNKNOWN;
            case "未说明", "9" -> Sex.UNSPECIFIED;
            default -> {
                problems.add(Violation.error("sex", "code.out_of_domain"));
                yield Sex.UNKNOWN;
            }
        };
    }

    private static LocalDate birthDate(String typed, IdNumber id, List<Violation> problems) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return id.birthDate().orElse(null);
        }
        String dateOnly = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) : s;
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(dateOnly, f);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        problems.add(Violation.error("birth_date", "import.birth_date.format", s));
        return null;
    }

    /** The township is looked for in the site's county first, then in the county the ID number names. */
    private Address address(PatientListRow row, IdNumber id, List<Violation> problems) {
        String townshipName = blankToNull(row.value(PatientListColumn.TOWNSHIP));
        String villageName = blankToNull(row.value(PatientListColumn.VILLAGE));
        if (townshipName == null) {
            return new Address(null, null, villageName, null);
        }
        Optional<Division> township = findTownship(townshipName, id);
        if (township.isEmpty()) {
            problems.add(Violation.warning("township", "import.township.unknown", townshipName));
            return new Address(null, null, villageName, townshipName);
        }
        String code = township.get().code();
        String villageCode = villageName == null ? null
                : rules.divisions().villageByName(code, villageName).map(Division::code).orElse(null);
        return new Address(code, villageCode, villageName, null);
    }

    /** The site's county first, then the county the ID number names, then the other counties of the site's city. */
    private Optional<Division> findTownship(String name, IdNumber id) {
        List<String> counties = new java.util.ArrayList<>();
        counties.add(siteCounty);
        if (id.value().length() >= 6) {
            counties.add(id.addressCode());
        }
        rules.divisions().children(siteCounty.substring(0, 4)).forEach(d -> counties.add(d.code()));
        return counties.stream().distinct().map(c -> rules.divisions().townshipByName(c, name))
                .flatMap(Optional::stream).findFirst();
    }

    private static PovertyStatus poverty(String typed, List<Violation> problems) {
        Optional<PovertyStatus> group = PovertyGroupWording.parse(typed);
        if (group.isEmpty()) {
            problems.add(Violation.warning("poverty_status", "import.category.unknown", typed.strip()));
        }
        return group.orElse(PovertyStatus.NONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
