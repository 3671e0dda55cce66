package cn.screening.workstation.ui.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.registry.HemophiliaType;
import cn.screening.workstation.domain.registry.RegistryEntry;
import cn.screening.workstation.domain.registry.Severity;
import cn.screening.workstation.domain.registry.TreatmentRegimen;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.ui.UiTestSupport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A township clinic that knows its designated hospital, with a boy registered as a suspected case. */
public final class ReferralFixtures {

    public static final String HOSPITAL = "210100-D";
    public static final String HOSPITAL_NAME = "辽宁省血友病定点医院";
    public static final String BOY = "李小明";

    private ReferralFixtures() {
    }

    /** The clinic set up, the hospital in its reference data (as a pull stores it), the boy registered. */
    public static RegistrationOutcome.Saved clinicWithASuspectedBoy(Path folder) {
        UiTestSupport.setUpClinic(folder);
        try (Workspace ws = login(folder, UiTestSupport.DOCTOR)) {
            knowTheHospital(ws);
            return registerTheBoy(TestSites.services(ws));
        }
    }

    public static Workspace login(Path folder, String user) {
        return ((LoginResult.Success) UiTestSupport.workstation(folder).login(user, UiTestSupport.PASSWORD.toCharArray()))
                .workspace();
    }

    public static void knowTheHospital(Workspace ws) {
        var site = new SiteInfo(HOSPITAL, "designated", "210100", HOSPITAL_NAME, null);
        ws.database().write(ws.session().actor(), tx -> {
            ws.syncStore().references().save(tx, new PulledRecord(EntityTypes.SITE, UUID.randomUUID(), 1,
                    StoreJson.MAPPER.valueToTree(site), Instant.now(), "province", false));
            return null;
        });
    }

    /** Registers 李小明 with a joint bleed and a long APTT. */
    public static RegistrationOutcome.Saved registerTheBoy(Services services) {
        Patient boy = TestSites.patient(BOY, UiTestSupport.GOOD_ID, Sex.MALE, LocalDate.of(2010, 1, 1));
        var outcome = services.registration().register(new RegistrationRequest(boy, null, CaseRegistration.HEMOPHILIA,
                jointBleed(), true));
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class);
        return (RegistrationOutcome.Saved) outcome;
    }

    /** Enters the boy in the registry as confirmed so long ago that his first follow-up is due today. */
    public static void confirmTheBoy(Services services, RegistrationOutcome.Saved boy, LocalDate today) {
        services.registry().enrol(new RegistryEntry(UUID.randomUUID(), boy.patientId(), boy.caseId(), null, HemophiliaType.HA,
                Severity.SEVERE, 0.8, today.minusMonths(3), HOSPITAL_NAME, List.of(),
                new TreatmentRegimen(true, "rFVIII", 25.0, "每周3次", true), null));
    }

    private static HemophiliaScreening jointBleed() {
        LabValue normal = new LabValue(new BigDecimal("12"), new BigDecimal("11"), new BigDecimal("14"));
        return new HemophiliaScreening(Map.of(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛"), false, null,
                new LabValue(new BigDecimal("68"), new BigDecimal("25"), new BigDecimal("37")), normal,
                new LabValue(new BigDecimal("16"), new BigDecimal("14"), new BigDecimal("21")),
                new LabValue(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("4")),
                new LabValue(new BigDecimal("250"), new BigDecimal("125"), new BigDecimal("350")),
                new MixingTest(MixingOutcome.CORRECTS, null, null), null);
    }
}
