package cn.screening.workstation.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.LedgerRules;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.store.ReferenceRepository.ReferenceItem;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The disease-list schedule is provincial reference data: a pulled setting the ledger's rules judge by, an unreadable one ignored. */
class LedgerScheduleSettingTest {

    static ReferenceItem setting(String key, String value) {
        ObjectNode p = JsonNodeFactory.instance.objectNode().put("key", key).put("value", value);
        return new ReferenceItem(EntityTypes.SETTING, UUID.randomUUID(), key, 1, p, false);
    }

    @Test
    void strokeIsOnTheListFromTheDayThe25DiseaseListTookEffect() {
        LedgerRules rules = RuleBook.defaults().withReference(List.of(setting(RuleBook.DISEASE_LIST_SCHEDULE,
                "21@2017-01-01;25@2019-12-31")), List.of()).ledgerRules();
        assertThat(rules.diseaseOn("STROKE", LocalDate.of(2019, 12, 30))).isEmpty();
        assertThat(rules.diseaseOn("STROKE", LocalDate.of(2019, 12, 31))).isPresent();
        assertThat(rules.diseaseOn("BLADDER_CANCER", LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void withoutAReadableScheduleTheActiveListHoldsOnEveryDay() {
        for (String bad : List.of("25 from 2019", "22@2019-12-31", "25@2019-13-01")) {
            LedgerRules rules = RuleBook.defaults().withReference(List.of(setting(RuleBook.DISEASE_LIST_SCHEDULE, bad)), List.of())
                    .ledgerRules();
            assertThat(rules.diseaseOn("STROKE", LocalDate.of(2026, 1, 1))).as(bad).isEmpty();
            assertThat(rules.diseaseOn("HEMOPHILIA", LocalDate.of(2026, 1, 1))).as(bad).isPresent();
        }
    }
}
