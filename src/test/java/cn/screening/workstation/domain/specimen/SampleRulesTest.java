package cn.screening.workstation.domain.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DOMAIN §8 rules 19–23 for one tube, and the spin-limit warning. */
class SampleRulesTest {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final SampleRules rules = new SampleRules(SampleLimits.DEFAULT);

    static Sample tube(TubeType type, int fill, Instant drawn, Instant spun, Instant frozen, Integer storage) {
        return new Sample(UUID.randomUUID(), "210727-C-000001", UUID.randomUUID(), "C-1", "张*", "1", "210727-C", type, fill, drawn,
                "李医生", spun, frozen, List.of(), storage, SampleStatus.DRAWN, null, null, null);
    }

    private List<String> keys(Sample s) {
        return rules.validate(s, NOW).errors().stream().map(Violation::messageKey).toList();
    }

    private static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    @Test
    void rule19_onlyCitrate32() {
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, ago(Duration.ofHours(1)), null, null, null))).isEmpty();
        for (TubeType t : List.of(TubeType.CITRATE_3_8, TubeType.EDTA, TubeType.HEPARIN, TubeType.SERUM)) {
            assertThat(keys(tube(t, 95, ago(Duration.ofHours(1)), null, null, null))).containsExactly("specimen.tube.citrate");
        }
    }

    @Test
    void rule20_fillAtLeast90() {
        assertThat(keys(tube(TubeType.CITRATE_3_2, 90, ago(Duration.ofHours(1)), null, null, null))).isEmpty();
        assertThat(keys(tube(TubeType.CITRATE_3_2, 89, ago(Duration.ofHours(1)), null, null, null))).containsExactly("specimen.fill.low");
        assertThat(keys(tube(TubeType.CITRATE_3_2, 101, ago(Duration.ofHours(1)), null, null, null))).containsExactly("specimen.fill.range");
    }

    @Test
    void rule21_spinWithinFourHours_orStillUnspunWithinThem() {
        Instant drawn = ago(Duration.ofHours(6));
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, drawn.plus(Duration.ofHours(4)), null, null))).isEmpty();
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, drawn.plus(Duration.ofMinutes(241)), null, null)))
                .containsExactly("specimen.spin.late");
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, ago(Duration.ofMinutes(241)), null, null, null))).containsExactly("specimen.spin.late");
        SampleRules six = new SampleRules(SampleLimits.of(Map.of(SampleLimits.DRAW_TO_SPIN_HOURS, 6)));
        assertThat(six.validate(tube(TubeType.CITRATE_3_2, 95, ago(Duration.ofMinutes(300)), null, null, null), NOW).errors()).isEmpty();
        assertThat(six.limits().drawToSpinHours()).isEqualTo("6");
    }

    @Test
    void rule22_frozenStorageLimits() {
        Instant drawn = ago(Duration.ofDays(20));
        Instant spun = drawn.plus(Duration.ofHours(1));
        Instant frozen = spun.plus(Duration.ofHours(1));
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, spun, frozen, -25))).containsExactly("specimen.storage.expired");
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, spun, frozen, -70))).isEmpty();
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, spun, frozen, -10))).containsExactly("specimen.storage.temperature");
        Instant recent = ago(Duration.ofDays(13));
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, recent, recent.plus(Duration.ofHours(1)), recent.plus(Duration.ofHours(2)), -20)))
                .isEmpty();
        Instant old = ago(Duration.ofDays(400));
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, old, old.plus(Duration.ofHours(1)), old.plus(Duration.ofHours(2)), -80)))
                .containsExactly("specimen.storage.expired");
    }

    @Test
    void rule23_timesInOrder() {
        Instant drawn = ago(Duration.ofHours(3));
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, drawn.minus(Duration.ofMinutes(1)), null, null)))
                .containsExactly("specimen.order");
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, NOW.plus(Duration.ofMinutes(5)), null, null, null))).containsExactly("specimen.order");
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, drawn.plus(Duration.ofHours(2)), drawn.plus(Duration.ofHours(1)), -80)))
                .containsExactly("specimen.order");
        assertThat(keys(tube(TubeType.CITRATE_3_2, 95, drawn, null, drawn.plus(Duration.ofHours(1)), -80))).containsExactly("specimen.order");
    }

    @Test
    void nearingTheSpinLimitWithinTheWarningWindowOnly() {
        assertThat(rules.nearingSpinLimit(tube(TubeType.CITRATE_3_2, 95, ago(Duration.ofMinutes(215)), null, null, null), NOW))
                .contains(Duration.ofMinutes(25));
        assertThat(rules.nearingSpinLimit(tube(TubeType.CITRATE_3_2, 95, ago(Duration.ofMinutes(200)), null, null, null), NOW)).isEmpty();
        assertThat(rules.nearingSpinLimit(tube(TubeType.CITRATE_3_2, 95, ago(Duration.ofMinutes(250)), null, null, null), NOW)).isEmpty();
        Instant d = ago(Duration.ofMinutes(215));
        assertThat(rules.nearingSpinLimit(tube(TubeType.CITRATE_3_2, 95, d, d.plus(Duration.ofMinutes(10)), null, null), NOW)).isEmpty();
    }
}
