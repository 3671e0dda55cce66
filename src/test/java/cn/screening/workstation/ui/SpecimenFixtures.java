package cn.screening.workstation.ui;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.specimen.DrawRequest;
import cn.screening.workstation.service.specimen.Specimens;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A county hospital's data for the sample screens: the designated hospital in reference data, a case, fit tubes. */
public final class SpecimenFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String HOSPITAL_CODE = "210000-D";
    public static final String HOSPITAL_NAME = "辽宁省血友病诊疗中心";

    private SpecimenFixtures() {
    }

    /** The province's reference data names one designated hospital, as a pull would store it. */
    public static void designatedHospitalKnown(Workspace ws) {
        var payload = new ObjectMapper().createObjectNode().put("code", HOSPITAL_CODE).put("name", HOSPITAL_NAME)
                .put("type", "designated");
        ws.database().write(ws.session().actor(), tx -> {
            ws.syncStore().references().save(tx, new PulledRecord(EntityTypes.SITE, UUID.randomUUID(), 1, payload, Instant.now(),
                    "province", false));
            return null;
        });
    }

    /** Registers a suspected adult man and returns his case's id. */
    public static UUID suspectedCase(Workspace ws, int sequence) {
        var p = TestSites.patient("李小明", TestSites.yixianId(LocalDate.of(1990, 3, 1), sequence), Sex.MALE, LocalDate.of(1990, 3, 1));
        var outcome = TestSites.services(ws).registration().register(new RegistrationRequest(p, null, CaseRegistration.HEMOPHILIA,
                jointBleed(), true));
        return ((RegistrationOutcome.Saved) outcome).caseId();
    }

    /** A fit whole-blood tube drawn half an hour ago: 3.2% citrate, 95% full, not yet spun. */
    public static Sample fitTube(Specimens specimens, UUID caseId) {
        Instant drawn = Instant.now().minus(Duration.ofMinutes(30));
        return specimens.draw().draw(caseId, new DrawRequest(TubeType.CITRATE_3_2, 95, drawn, "李医生", null, null, List.of(), null));
    }

    static HemophiliaScreening jointBleed() {
        LabValue normal = new LabValue(new BigDecimal("12"), new BigDecimal("11"), new BigDecimal("14"));
        return new HemophiliaScreening(Map.of(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛"), false, null,
                new LabValue(new BigDecimal("68"), new BigDecimal("25"), new BigDecimal("37")), normal,
                new LabValue(new BigDecimal("16"), new BigDecimal("14"), new BigDecimal("21")),
                new LabValue(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("4")),
                new LabValue(new BigDecimal("250"), new BigDecimal("125"), new BigDecimal("350")),
                new MixingTest(MixingOutcome.CORRECTS, null, null), null);
    }
}
