package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.followup.FollowUpRules;
import cn.screening.workstation.domain.referral.ReferralRules;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.specimen.DrawRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Provincial settings and the disease catalogue reach the rules through pull: a value the province
 * changes is the one the workstation's rules use after its next sync; an unusable one keeps the
 * built-in value.
 */
@Tag("slow")
class ReferenceDataTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final RuleBook BUILT_IN = RuleBook.defaults();
    private static final AtomicLong SETTING_VERSIONS = new AtomicLong(1_000_000);

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

    @Test
    void aPulledSettingChangesWhatEveryReaderSeesAfterThePull() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            ReferenceData reference = new ReferenceData(county.ws);
            assertThat(county.services.rules().screeningLimits().maxSecondsAbovePool()).isEqualByComparingTo("5");
            assertThat(reference.followUpRules()).isEqualTo(FollowUpRules.DEFAULT);
            assertThat(reference.referralValidityDays()).isEqualTo(ReferralRules.DEFAULT_VALIDITY_DAYS);
            assertThat(fillErrors(county)).isNotEmpty(); // 85 % is under the shipped 90 %

            province.services.administration().setSetting(RuleBook.MIXING_MAX_SECONDS, JSON.numberNode(new BigDecimal("7.5")));
            province.services.administration().setSetting(FollowUpRules.KEY_INTERVAL, JSON.numberNode(6));
            province.services.administration().setSetting(ReferralRules.KEY_VALIDITY_DAYS, JSON.numberNode(10));
            province.services.administration().setSetting(SampleLimits.FILL, JSON.numberNode(80));
            assertThat(county.sync().failure()).isNull();

            assertThat(county.services.rules().screeningLimits().maxSecondsAbovePool()).isEqualByComparingTo("7.5");
            assertThat(reference.followUpRules().confirmedIntervalMonths()).isEqualTo(6);
            assertThat(reference.referralValidityDays()).isEqualTo(10);
            assertThat(fillErrors(county)).isEmpty();
        }
    }

    @Test
    void aMalformedPulledSettingFallsBackToTheShippedDefaultForEveryReader() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url());
             LogCapture log = new LogCapture()) {
            // the server refuses such values; an older server or a damaged record could still send them
            pulled(county, FollowUpRules.KEY_INTERVAL, JSON.numberNode(new BigDecimal("2.5")));   // months are whole
            pulled(county, FollowUpRules.KEY_LOST, JSON.numberNode(2));                           // usable beside it
            pulled(county, ReferralRules.KEY_VALIDITY_DAYS, JSON.textNode("thirty"));
            pulled(county, SampleLimits.FILL, JSON.numberNode(150));                               // over 100 %
            pulled(county, RuleBook.MIXING_MAX_SECONDS, JSON.numberNode(-1));
            pulled(county, RuleBook.ACTIVE_LIST_SIZE, JSON.numberNode(22));
            pulled(county, RuleBook.CHILD_AGE_LIMIT, JSON.numberNode(16));
            county.ws.pulled(Set.of(EntityTypes.SETTING));

            RuleBook rules = county.services.rules();
            ReferenceData reference = new ReferenceData(county.ws);
            FollowUpRules expected = new FollowUpRules(3, 6, 14, 2);
            assertThat(rules.followUpRules()).isEqualTo(expected);
            assertThat(reference.followUpRules()).isEqualTo(expected);
            assertThat(reference.referralValidityDays()).isEqualTo(ReferralRules.DEFAULT_VALIDITY_DAYS);
            assertThat(rules.sampleLimits()).isEqualTo(SampleLimits.DEFAULT);
            assertThat(fillErrors(county)).isNotEmpty(); // the shipped 90 %, no exception from the bad 150
            assertThat(rules.screeningLimits().maxSecondsAbovePool()).isEqualByComparingTo("5");
            assertThat(rules.diseases().settings()).isEqualTo(new DiseaseSettings(21, 16));
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains(ReferralRules.KEY_VALIDITY_DAYS, "shipped default"))
                    .anySatisfy(l -> assertThat(l).contains(FollowUpRules.KEY_INTERVAL, "not a whole number"))
                    .anySatisfy(l -> assertThat(l).contains(SampleLimits.FILL, "150"))
                    .noneSatisfy(l -> assertThat(l).contains(FollowUpRules.KEY_LOST));
        }
    }

    /** The fill-level complaints of the specimen service about an 85 % tube. */
    private static List<Violation> fillErrors(Station station) {
        DrawRequest req = new DrawRequest(TubeType.CITRATE_3_2, 85, Instant.now().minusSeconds(600), "李医生", null, null, List.of(), null);
        return station.services.specimens().draw().check(req).forField(SampleRules.FILL);
    }

    /** A setting as a pull stores it, whatever its value. */
    private static void pulled(Station station, String key, JsonNode value) {
        ObjectNode payload = JSON.objectNode().put("key", key).set("value", value);
        PulledRecord r = new PulledRecord(EntityTypes.SETTING, UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
                SETTING_VERSIONS.incrementAndGet(), payload, Instant.now(), "province", false);
        station.ws.database().write(station.ws.session().actor(), tx -> {
            station.ws.syncStore().references().save(tx, r);
            return null;
        });
    }

    /** The log lines written while it is open. */
    private static final class LogCapture implements AutoCloseable {
        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

        LogCapture() {
            captured.start();
            root.addAppender(captured);
        }

        List<String> lines() {
            return captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }

        @Override
        public void close() {
            root.detachAppender(captured);
        }
    }
}
