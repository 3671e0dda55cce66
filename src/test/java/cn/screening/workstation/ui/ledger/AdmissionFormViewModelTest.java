package cn.screening.workstation.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ledger.AdmissionPort;
import cn.screening.workstation.service.ledger.HospitalChoice;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admission form's amounts: read exactly into fen, refused (naming the field) rather than rounded. */
class AdmissionFormViewModelTest {

    private static final HospitalChoice YIXIAN = new HospitalChoice("210727-H", "义县人民医院", HospitalLevel.COUNTY, "210727");
    private static final LedgerRow ROW = new LedgerRow(UUID.randomUUID(), UUID.randomUUID(), "张**", "210727********1234", "七里河镇",
            "LUNG_CANCER", "肺癌", TreatmentStatus.WAITING, Certification.PENDING, null, null, 0, 0, 0, null);

    private final RecordingErrors errors = new RecordingErrors();
    private final List<Admission> saved = new ArrayList<>();
    private ValidationResult refusal;
    private AdmissionFormViewModel vm;

    @BeforeEach
    void open() {
        AdmissionPort port = new AdmissionPort() {
            @Override
            public Optional<LedgerEntry> find(UUID id) {
                return Optional.empty();
            }

            @Override
            public List<HospitalChoice> hospitals() {
                return List.of(YIXIAN);
            }

            @Override
            public LedgerEntry saveAdmission(UUID id, Admission a) {
                if (refusal != null) {
                    throw new InvalidInput(refusal);
                }
                saved.add(a);
                return LedgerEntry.opened(id, UUID.randomUUID(), "210727-C", "210727102", null, "LUNG_CANCER", null, null, null,
                        LocalDate.of(2026, 1, 1), "李医生").admitted(a.id() == null ? withId(a) : a, "李医生");
            }
        };
        vm = new AdmissionFormViewModel(port, Kits.direct(errors));
        vm.open(ROW, () -> { });
        vm.hospital().set(YIXIAN);
        vm.admittedOn().set(LocalDate.of(2026, 3, 1));
    }

    private static Admission withId(Admission a) {
        return new Admission(UUID.randomUUID(), a.hospitalSite(), a.hospitalName(), a.level(), a.hospitalCounty(), a.admittedOn(),
                a.dischargedOn(), a.inpatientNo(), a.treatment(), a.clinicalPathway(), a.pathwayVariance(), a.transfer(), a.outcome(),
                a.costs());
    }

    @Test
    void amountsAddUpToTheFenWhateverTheirDecimals() {
        CostEntry c = vm.costs();
        c.total().set("1,000.3");
        c.paid(Payer.BASIC_INSURANCE).set("0.1");
        c.paid(Payer.MEDICAL_AID).set("0.2");
        c.own().set("999.999");
        assertThat(c.sum().get()).isEqualTo(CostEntry.Sum.UNREADABLE);
        c.own().set("1000.00");
        assertThat(c.sumText().get()).isEqualTo("各项之和 1,000.30 元，与总费用相符");
        assertThat(c.sum().get()).isEqualTo(CostEntry.Sum.EQUAL);
        c.waiver().set("0.01");
        assertThat(c.sumText().get()).isEqualTo("各项之和 1,000.31 元，差 0.01 元");

        c.waiver().set("");
        vm.save();
        Costs costs = saved.get(0).costs();
        assertThat(costs.totalFen()).isEqualTo(100_030);
        assertThat(costs.paid(Payer.BASIC_INSURANCE)).isEqualTo(10);
        assertThat(costs.paid(Payer.MEDICAL_AID)).isEqualTo(20);
        assertThat(costs.outOfPocketFen()).isEqualTo(100_000);
        assertThat(saved.get(0).hospitalSite()).isEqualTo("210727-H");
        assertThat(vm.message().get()).isEqualTo("已保存，救治状态：正在救治");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void aThirdDecimalANegativeOrAWordIsRefusedNamingTheFieldAndNothingIsSent() {
        vm.costs().total().set("100");
        vm.costs().paid(Payer.CHARITY).set("12.345");
        vm.save();
        assertThat(vm.error().get()).isEqualTo("未保存：慈善救助：“12.345”超过两位小数，金额最多到分");
        vm.costs().paid(Payer.CHARITY).set("-5");
        vm.save();
        assertThat(vm.error().get()).isEqualTo("未保存：慈善救助：金额不能为负数");
        vm.costs().paid(Payer.CHARITY).set("五十");
        vm.save();
        assertThat(vm.error().get()).contains("慈善救助：“五十”不是金额");
        vm.costs().total().set("");
        vm.costs().paid(Payer.CHARITY).set("50");
        vm.save();
        assertThat(vm.error().get()).isEqualTo("未保存：总费用：填写了各项金额时须填写总费用");
        assertThat(saved).isEmpty();
    }

    @Test
    void anEmptyCostBlockIsASettlementNotKnownYet() {
        vm.save();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).costs()).isNull();
        assertThat(saved.get(0).transfer()).isNull();
    }

    @Test
    void aRuleBrokenShowsTheDomainSentenceAtItsField() {
        refusal = new ValidationResult(List.of(Violation.error("costs.total", "ledger.costs.sum", "100.00", "99.99")));
        vm.costs().total().set("100");
        vm.costs().own().set("99.99");
        vm.save();
        assertThat(vm.error().get()).isEqualTo("未保存：总费用：费用合计与各项报销及自付之和不符（总费用100.00元，各项之和99.99元）");
        assertThat(vm.problems().of("costs.total").get().isError()).isTrue();
        assertThat(saved).isEmpty();
    }
}
