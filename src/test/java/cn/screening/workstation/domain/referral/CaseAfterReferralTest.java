package cn.screening.workstation.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseAfterReferralTest {

    @Test
    void sendingRefersAnOpenCaseButNotADecidedOne() {
        for (CaseStatus open : new CaseStatus[] {CaseStatus.SUSPECTED, CaseStatus.SAMPLE_SENT, CaseStatus.REDRAW_REQUESTED,
                CaseStatus.CONFIRMED}) {
            assertThat(CaseAfterReferral.after(ReferralStatus.SUBMITTED, open, false, null)).contains(CaseStatus.REFERRED);
        }
        assertThat(CaseAfterReferral.after(ReferralStatus.SUBMITTED, CaseStatus.EXCLUDED, false, null)).isEmpty();
        assertThat(CaseAfterReferral.after(ReferralStatus.SUBMITTED, CaseStatus.CLOSED, false, null)).isEmpty();
    }

    @Test
    void theBackReferralConcludesAnotherDiseaseAndClosesHemophilia() {
        assertThat(CaseAfterReferral.after(ReferralStatus.BACK_RECEIVED, CaseStatus.REFERRED, false, CaseStatus.CONFIRMED))
                .contains(CaseStatus.CONFIRMED);
        assertThat(CaseAfterReferral.after(ReferralStatus.BACK_RECEIVED, CaseStatus.REFERRED, false, CaseStatus.EXCLUDED))
                .contains(CaseStatus.EXCLUDED);
        assertThat(CaseAfterReferral.after(ReferralStatus.BACK_RECEIVED, CaseStatus.REFERRED, false, null)).contains(CaseStatus.CLOSED);
        assertThat(CaseAfterReferral.after(ReferralStatus.BACK_RECEIVED, CaseStatus.REFERRED, true, CaseStatus.EXCLUDED))
                .contains(CaseStatus.CLOSED);
        assertThat(CaseAfterReferral.after(ReferralStatus.CLOSED, CaseStatus.EXCLUDED, false, null)).contains(CaseStatus.CLOSED);
    }

    @Test
    void otherMovesAndClosedCasesStayPut() {
        for (ReferralStatus to : ReferralStatus.values()) {
            assertThat(CaseAfterReferral.after(to, CaseStatus.CLOSED, false, CaseStatus.CONFIRMED)).as(to.name()).isEmpty();
        }
        for (ReferralStatus to : new ReferralStatus[] {ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.WITHDRAWN,
                ReferralStatus.EXPIRED, ReferralStatus.ADMITTED, ReferralStatus.NO_SHOW, ReferralStatus.BACK_REFERRED}) {
            assertThat(CaseAfterReferral.after(to, CaseStatus.REFERRED, false, null)).as(to.name()).isEqualTo(Optional.empty());
        }
    }
}
