package cn.screening.workstation.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 人员类别 as lists write it: the 2019 Jinzhou plan's own wording, the short forms, either kind of bracket. */
class PovertyGroupWordingTest {

    @ParameterizedTest
    @CsvSource({
            "建档立卡（农村）贫困人口, REGISTERED_POOR",
            "建档立卡(农村)贫困人口, REGISTERED_POOR",
            "建档立卡农村贫困人口, REGISTERED_POOR",
            "建档立卡贫困人口, REGISTERED_POOR",
            "建档立卡贫困户, REGISTERED_POOR",
            "脱贫户, REGISTERED_POOR",
            "（农村）特困人员, EXTREME_POVERTY",
            "(农村)特困人员, EXTREME_POVERTY",
            "农村特困人员, EXTREME_POVERTY",
            "特困人员, EXTREME_POVERTY",
            "特困供养, EXTREME_POVERTY",
            "五保户, EXTREME_POVERTY",
            "低保对象, MINIMUM_LIVING",
            "农村低保对象, MINIMUM_LIVING",
            "（农村）低保对象, MINIMUM_LIVING",
            "低保户, MINIMUM_LIVING",
            "计划生育特殊困难家庭, FAMILY_PLANNING_HARDSHIP",
            "计生特殊困难家庭, FAMILY_PLANNING_HARDSHIP",
            "（农村）计划生育特殊困难家庭, FAMILY_PLANNING_HARDSHIP",
            "一般人员, NONE",
            "一般户, NONE",
            "' 低保对象 ', MINIMUM_LIVING"
    })
    void theProgrammesWordingIsRecognised(String written, PovertyStatus expected) {
        assertThat(PovertyGroupWording.parse(written)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankCellIsNoGroup(String written) {
        assertThat(PovertyGroupWording.parse(written)).contains(PovertyStatus.NONE);
        assertThat(PovertyGroupWording.parse(null)).contains(PovertyStatus.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"边缘易致贫户", "监测对象", "困难群众", "农村"})
    void anythingElseIsNotGuessed(String written) {
        assertThat(PovertyGroupWording.parse(written)).isEmpty();
    }
}
