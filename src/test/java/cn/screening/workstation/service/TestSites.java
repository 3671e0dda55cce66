package cn.screening.workstation.service;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Real workstations in temp folders for service tests (PBKDF2 kept cheap; everything else as shipped). */
public final class TestSites {

    public static final LockoutPolicy FAST_KEYS = new LockoutPolicy(5, Duration.ofMinutes(5), 1_000);
    public static final SiteProfile YIXIAN_HOSPITAL = new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院");
    public static final String ADMIN_PASSWORD = "admin-pass-1";
    public static final String DOCTOR_PASSWORD = "doctor-pass-1";
    private static final RuleBook RULES = RuleBook.defaults();

    private TestSites() {
    }

    public static RuleBook rules() {
        return RULES;
    }

    public static Workstation workstation(Path dir) {
        return new Workstation(dir, FAST_KEYS, StoreOptions.DEFAULT, Clock.systemDefaultZone());
    }

    /** A county hospital set up with an administrator "admin" and a county doctor "doctor". */
    public static Workstation countyHospital(Path dir) {
        Workstation w = workstation(dir);
        w.setUp(YIXIAN_HOSPITAL, "admin", "管理员", ADMIN_PASSWORD.toCharArray());
        try (Workspace ws = login(w, "admin", ADMIN_PASSWORD)) {
            new Accounts(ws).add("doctor", "李医生", Role.COUNTY_DOCTOR, DOCTOR_PASSWORD.toCharArray());
        }
        return w;
    }

    public static Workspace login(Workstation w, String user, String password) {
        LoginResult r = w.login(user, password.toCharArray());
        if (r instanceof LoginResult.Success s) {
            return s.workspace();
        }
        throw new AssertionError("login failed: " + r);
    }

    public static Services services(Workspace ws) {
        return new Services(ws, RULES, new Texts(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"));
    }

    /** A valid 18-digit resident ID of 义县 with the given birth date and sequence (odd = male). */
    public static String yixianId(LocalDate birth, int sequence) {
        String first17 = "210727" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static Patient patient(String name, String idNumber, Sex sex, LocalDate birth) {
        return new Patient(null, name, IdType.RESIDENT_ID, idNumber, sex, birth, "01", "13812341234",
                new Address("210727102", null, "七里河村", null), null, PovertyStatus.REGISTERED_POOR, InsuranceType.RESIDENT,
                null, null);
    }

    public static SyncMeta noMeta() {
        return null;
    }
}
