package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.SettingInfo;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Real workstations for the referral, follow-up and registry services: 义县人民医院 (sender, logged in
 * as a county doctor) and the provincial designated hospital (receiver), both holding the sites as
 * reference data, as the server would have sent them. The hospital works as a 定点医院医生.
 */
public final class CareFixture implements AutoCloseable {

    /** The services' zone: "today" is the county's day, not the machine's (they differ from 16:00 UTC). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static final SiteProfile HOSPITAL = new SiteProfile("210000-H", InstitutionType.DESIGNATED, "210102", "省血友病定点医院");
    public static final SiteInfo COUNTY_INFO = new SiteInfo("210727-C", "county", "210727", "义县人民医院", null);
    public static final SiteInfo HOSPITAL_INFO = new SiteInfo(HOSPITAL.siteCode(), "designated", "210102", HOSPITAL.name(), null);
    private static final LocalDate BIRTH = LocalDate.of(2016, 5, 4);

    public final Workspace county;
    public final Services countyServices;
    public final Workspace hospital;
    public final Services hospitalServices;
    private int nextId = 21;

    public CareFixture(Path dir) {
        Workstation c = TestSites.countyHospital(dir.resolve("county"));
        this.county = TestSites.login(c, "doctor", TestSites.DOCTOR_PASSWORD);
        this.countyServices = TestSites.services(county);
        Workstation h = TestSites.workstation(dir.resolve("hospital"));
        h.setUp(HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace admin = TestSites.login(h, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("receiver", "接诊医生", Role.DESIGNATED_PHYSICIAN, TestSites.DOCTOR_PASSWORD.toCharArray());
        }
        this.hospital = TestSites.login(h, "receiver", TestSites.DOCTOR_PASSWORD);
        this.hospitalServices = TestSites.services(hospital);
        for (Workspace ws : new Workspace[] {county, hospital}) {
            reference(ws, EntityTypes.SITE, "site:" + COUNTY_INFO.code(), COUNTY_INFO);
            reference(ws, EntityTypes.SITE, "site:" + HOSPITAL_INFO.code(), HOSPITAL_INFO);
        }
    }

    /** A setting as the server publishes it. */
    public void setting(Workspace ws, String key, int value) {
        reference(ws, EntityTypes.SETTING, "setting:" + key, new SettingInfo(key, JsonNodeFactory.instance.numberNode(value), key));
    }

    private static void reference(Workspace ws, String type, String name, Object payload) {
        ws.database().write(ws.session().actor(), tx -> {
            ws.syncStore().references().save(tx, new PulledRecord(type, UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)),
                    1, StoreJson.MAPPER.valueToTree(payload), Instant.now(), "province", false));
            return null;
        });
        ws.pulled(Set.of(type)); // what the sync does after a pull
    }

    /** A hemophilia case registered at the county; its id. */
    public UUID registerCase(String name) {
        return registerCase(name, CaseRegistration.HEMOPHILIA);
    }

    /** A case of a catalogue disease registered at the county (with the screening form for hemophilia); its id. */
    public UUID registerCase(String name, String diseaseCode) {
        Patient p = TestSites.patient(name, TestSites.yixianId(BIRTH, nextId += 2), Sex.MALE, BIRTH);
        Patient boy = new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), new Guardian("王大明", "父亲", "13900001111", true, null), p.povertyStatus(), p.insurance(), null, null);
        boolean hemophilia = CaseRegistration.HEMOPHILIA.equals(diseaseCode);
        var outcome = countyServices.registration().register(new RegistrationRequest(boy, null, diseaseCode,
                hemophilia ? screening() : null, true));
        return ((RegistrationOutcome.Saved) outcome).caseId();
    }

    static HemophiliaScreening screening() {
        LabValue normal = new LabValue(new BigDecimal("12"), new BigDecimal("11"), new BigDecimal("14"));
        return new HemophiliaScreening(Map.of(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛"), true, "舅舅有类似出血",
                new LabValue(new BigDecimal("68"), new BigDecimal("25"), new BigDecimal("37")), normal,
                new LabValue(new BigDecimal("16"), new BigDecimal("14"), new BigDecimal("21")),
                new LabValue(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("4")),
                new LabValue(new BigDecimal("250"), new BigDecimal("125"), new BigDecimal("350")),
                new MixingTest(MixingOutcome.CORRECTS, null, null), null);
    }

    @Override
    public void close() {
        county.close();
        hospital.close();
    }
}
