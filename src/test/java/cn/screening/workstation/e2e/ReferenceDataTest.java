package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.service.RuleBook;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provincial settings and the disease catalogue reach the rules through pull: a value the province
 * changes is the one the workstation's rules use after its next sync; an unusable one keeps the
 * built-in value.
 */
class ReferenceDataTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final RuleBook BUILT_IN = RuleBook.defaults();

    @TempDir
    Path dir;

    @Test
    void aSettingChangedAtTheProvinceIsTheRuleAfterTheNextPull() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            // nothing pulled yet: the built-in values
            RuleBook before = BUILT_IN.forWorkspace(county.ws);
            assertThat(before.screeningLimits().maxSecondsAbovePool()).isEqualByComparingTo("5");
            assertThat(before.diseases().settings()).isEqualTo(DiseaseSettings.DEFAULT);

            assertThat(province.services.administration().setSetting(RuleBook.MIXING_MAX_SECONDS, JSON.numberNode(new BigDecimal("7.5"))))
                    .isTrue();
            assertThat(province.services.administration().setSetting(RuleBook.ACTIVE_LIST_SIZE, JSON.numberNode(30))).isTrue();
            assertThat(province.services.administration().setSetting(RuleBook.CHILD_AGE_LIMIT, JSON.numberNode(16))).isTrue();
            assertThat(county.sync().failure()).isNull();

            RuleBook after = BUILT_IN.forWorkspace(county.ws);
            assertThat(after.screeningLimits().maxSecondsAbovePool()).isEqualByComparingTo("7.5");
            assertThat(after.screeningLimits().maxProlongationPercent()).isEqualByComparingTo("15");
            assertThat(after.diseases().settings()).isEqualTo(new DiseaseSettings(30, 16));
            // the classifier the registration form runs reads the new limit: 6.5 s (13 %) above the pool now corrects
            MixingTest mixing = new MixingTest(MixingOutcome.NOT_DONE, new BigDecimal("56.5"), new BigDecimal("50"));
            assertThat(after.classifier().mixingOutcome(mixing)).isEqualTo(MixingOutcome.CORRECTS);
            assertThat(before.classifier().mixingOutcome(mixing)).isEqualTo(MixingOutcome.DOES_NOT_CORRECT);
            // the catalogue came by pull too: the province's list, with the new list size in force
            DiseaseCatalogue bundled = DiseaseCatalogue.bundled(new DiseaseSettings(30, 16));
            assertThat(after.diseases().all()).isEqualTo(bundled.all());
            assertThat(after.diseases().active()).isEqualTo(bundled.active()).hasSizeGreaterThan(BUILT_IN.diseases().active().size());
        }
    }

    @Test
    void anUnusableSettingKeepsTheBuiltInValue() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            // the catalogue has lists of 21, 25 or 30 diseases: 22 cannot be used
            province.services.administration().setSetting(RuleBook.ACTIVE_LIST_SIZE, JSON.numberNode(22));
            province.services.administration().setSetting(RuleBook.MIXING_MAX_PERCENT, JSON.numberNode(20));
            assertThat(county.sync().failure()).isNull();

            RuleBook rules = BUILT_IN.forWorkspace(county.ws);
            assertThat(rules.diseases().settings()).isEqualTo(DiseaseSettings.DEFAULT);
            assertThat(rules.screeningLimits().maxProlongationPercent()).isEqualByComparingTo("20");
        }
    }
}
