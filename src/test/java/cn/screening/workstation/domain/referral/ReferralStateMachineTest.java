package cn.screening.workstation.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every pair of statuses, from both sides, against the table of DOMAIN §5 written out here by hand. */
class ReferralStateMachineTest {

    /** The allowed moves: from → to, and the side that makes it. Nothing else may happen. */
    private static final Map<String, ReferralSide> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT>SUBMITTED", ReferralSide.SENDER),
            Map.entry("DRAFT>WITHDRAWN", ReferralSide.SENDER),
            Map.entry("SUBMITTED>WITHDRAWN", ReferralSide.SENDER),
            Map.entry("SUBMITTED>EXPIRED", ReferralSide.SENDER),
            Map.entry("SUBMITTED>ACCEPTED", ReferralSide.RECEIVER),
            Map.entry("SUBMITTED>REJECTED", ReferralSide.RECEIVER),
            Map.entry("ACCEPTED>ADMITTED", ReferralSide.RECEIVER),
            Map.entry("ACCEPTED>NO_SHOW", ReferralSide.RECEIVER),
            Map.entry("ADMITTED>BACK_REFERRED", ReferralSide.RECEIVER),
            Map.entry("BACK_REFERRED>BACK_RECEIVED", ReferralSide.SENDER),
            Map.entry("BACK_RECEIVED>CLOSED", ReferralSide.SENDER));

    static Stream<Arguments> everyPairFromBothSides() {
        List<Arguments> out = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                for (ReferralSide side : ReferralSide.values()) {
                    out.add(Arguments.of(from, to, side));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @MethodSource("everyPairFromBothSides")
    void onlyTheTableMovesAreAllowedAndOnlyForTheirSide(ReferralStatus from, ReferralStatus to, ReferralSide side) {
        ReferralSide owner = ALLOWED.get(from + ">" + to);
        Optional<Violation> verdict = ReferralStateMachine.check(from, to, side, "理由");
        if (owner == side) {
            assertThat(verdict).isEmpty();
            assertThat(ReferralMove.between(from, to)).get().extracting(ReferralMove::side).isEqualTo(side);
        } else {
            assertThat(verdict).get().satisfies(v -> {
                assertThat(v.field()).isEqualTo("status");
                assertThat(v.messageKey()).isEqualTo(owner == null ? "referral.move.not_allowed" : "referral.move.other_side");
                String text = Messages.chinese().text(v);
                assertThat(text).startsWith("转诊状态变更不合法").contains(from.zh()).contains(to.zh());
                if (owner != null) {
                    assertThat(text).contains(owner.zh());
                }
            });
        }
    }

    @Test
    void theMovesOfTheMachineAreExactlyTheTable() {
        List<String> fromEnum = new ArrayList<>();
        for (ReferralMove m : ReferralMove.values()) {
            m.fromStatuses().forEach(f -> fromEnum.add(f + ">" + m.to() + ":" + m.side()));
        }
        List<String> table = ALLOWED.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList();
        assertThat(fromEnum).containsExactlyInAnyOrderElementsOf(table);
    }

    @Test
    void aRejectionNeedsAReason() {
        Optional<Violation> v = ReferralStateMachine.check(ReferralStatus.SUBMITTED, ReferralStatus.REJECTED, ReferralSide.RECEIVER, " ");
        assertThat(v).get().extracting(Violation::field).isEqualTo("rejectReason");
        assertThat(Messages.chinese().text(v.get())).isEqualTo("拒绝转诊须填写理由");
        assertThat(ReferralStateMachine.check(ReferralStatus.SUBMITTED, ReferralStatus.REJECTED, ReferralSide.RECEIVER, "床位已满"))
                .isEmpty();
    }

    @Test
    void theMainPathWaitsOnOneSideAtATime() {
        assertThat(ReferralMove.waitingOn(ReferralStatus.DRAFT)).contains(ReferralSide.SENDER);
        assertThat(ReferralMove.waitingOn(ReferralStatus.SUBMITTED)).contains(ReferralSide.RECEIVER);
        assertThat(ReferralMove.waitingOn(ReferralStatus.ACCEPTED)).contains(ReferralSide.RECEIVER);
        assertThat(ReferralMove.waitingOn(ReferralStatus.ADMITTED)).contains(ReferralSide.RECEIVER);
        assertThat(ReferralMove.waitingOn(ReferralStatus.BACK_REFERRED)).contains(ReferralSide.SENDER);
        assertThat(ReferralMove.waitingOn(ReferralStatus.BACK_RECEIVED)).contains(ReferralSide.SENDER);
        Stream.of(ReferralStatus.values()).filter(ReferralStatus::isFinal)
                .forEach(s -> assertThat(ReferralMove.waitingOn(s)).isEmpty());
    }

    @Test
    void finalStatusesLeadNowhere() {
        assertThat(Stream.of(ReferralStatus.values()).filter(ReferralStatus::isFinal))
                .containsExactlyInAnyOrder(ReferralStatus.CLOSED, ReferralStatus.REJECTED, ReferralStatus.WITHDRAWN,
                        ReferralStatus.EXPIRED, ReferralStatus.NO_SHOW);
    }
}
