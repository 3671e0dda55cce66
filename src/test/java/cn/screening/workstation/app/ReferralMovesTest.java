package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.referral.ReferralEntry;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.UiTestSupport;
import cn.screening.workstation.ui.referral.MoveChoice;
import cn.screening.workstation.ui.referral.ReferralFixtures;
import cn.screening.workstation.ui.referral.ReferralsViewModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral page offers only this side's moves, and a move that is no longer allowed — the
 * referral was moved meanwhile, or the move is the other side's — is refused in the domain's
 * Chinese sentence, with the list showing where the referral stands. Real H2, real services.
 */
class ReferralMovesTest {

    @TempDir
    Path folder;
    private Workspace ws;
    private ReferralPort port;
    private ReferralsViewModel vm;
    private final RecordingErrors errors = new RecordingErrors();
    private UUID draft;

    @BeforeEach
    void start() {
        RegistrationOutcome.Saved boy = ReferralFixtures.clinicWithASuspectedBoy(folder);
        ws = ReferralFixtures.login(folder, UiTestSupport.DOCTOR);
        port = TestSites.services(ws).referralDesk(new PdfPrinter(Optional::empty));
        ReferralPort.Letter l = port.prefill(boy.caseId()).letter();
        draft = port.saveDraft(new ReferralPort.Letter(null, boy.caseId(), ReferralFixtures.HOSPITAL, "血液科",
                "确诊血友病分型", l.preliminaryDiagnosis(), l.clinicalSummary(), null, l.urgency(), l.validFrom(),
                l.validUntil(), null)).id();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        vm = new ReferralsViewModel(port, Kits.direct(errors), id -> { });
        vm.load();
        vm.selected().set(vm.rows().get(0));
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    @Test
    void aDraftOffersSubmitAndWithdrawOnly() {
        assertThat(vm.moves()).containsExactly(MoveChoice.SUBMIT, MoveChoice.WITHDRAW);
        assertThat(vm.rows().get(0).status()).isEqualTo("草稿");
        assertThat(vm.actions().editDraft().get()).isTrue();
        assertThat(vm.actions().backRefer().get()).isFalse();
    }

    @Test
    void submittingAReferralWithdrawnMeanwhileIsRefusedInChinese() {
        port.move(draft, ReferralMove.WITHDRAW, "家属要求暂缓"); // a colleague, while this list still shows the draft

        vm.move(MoveChoice.SUBMIT);

        assertThat(vm.error().get()).contains("不能从“已撤回”变为“已提交”");
        assertThat(vm.message().get()).isEmpty();
        assertThat(vm.rows().get(0).status()).isEqualTo("已撤回");
        assertThat(vm.moves()).isEmpty();
        assertThat(vm.timeline()).hasSize(1);
        assertThat(vm.timeline().get(0).note()).isEqualTo("家属要求暂缓");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void acceptingIsTheReceivingHospitalsMoveAndTheSenderIsToldSo() {
        vm.move(MoveChoice.SUBMIT);
        assertThat(vm.message().get()).contains("提交");
        assertThat(vm.moves()).containsExactly(MoveChoice.WITHDRAW);

        vm.move(MoveChoice.ACCEPT);

        assertThat(vm.error().get()).contains("须由接收方操作");
        assertThat(vm.rows().get(0).status()).isEqualTo("已提交");
        assertThat(vm.timeline()).extracting(t -> t.move()).containsExactly("草稿 → 已提交");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void aMoveAnswersWithItsRowAndTheListIsNotReadAgain() {
        List<String> reads = new ArrayList<>();
        ReferralPort counted = (ReferralPort) Proxy.newProxyInstance(ReferralPort.class.getClassLoader(),
                new Class<?>[] {ReferralPort.class}, (proxy, method, args) -> {
                    if (method.getName().equals("list")) {
                        reads.add("list");
                    }
                    try {
                        return method.invoke(port, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        ReferralsViewModel page = new ReferralsViewModel(counted, Kits.direct(errors), id -> { });
        page.load();
        page.selected().set(page.rows().get(0));

        page.move(MoveChoice.SUBMIT);

        assertThat(page.message().get()).contains("提交");
        assertThat(page.rows().get(0).status()).isEqualTo("已提交");
        assertThat(page.moves()).containsExactly(MoveChoice.WITHDRAW);
        assertThat(page.timeline()).extracting(t -> t.move()).containsExactly("草稿 → 已提交");
        assertThat(reads).as("the move's answer is shown; the list is read once, on opening").containsExactly("list");

        ReferralEntry answered = port.move(draft, ReferralMove.WITHDRAW, "家属要求暂缓");
        assertThat(answered).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*meta").isEqualTo(port.list().get(0));
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void theListShowsThePatientMaskedAndTheHospitalByName() {
        var row = vm.rows().get(0);
        assertThat(row.patient()).isEqualTo("李**");
        assertThat(row.direction()).isEqualTo("转往 " + ReferralFixtures.HOSPITAL_NAME);
        assertThat(vm.details().get()).contains(row.number()).doesNotContain(ReferralFixtures.BOY)
                .doesNotContain(UiTestSupport.GOOD_ID);
        assertThat(List.copyOf(vm.rows())).hasSize(1);
    }
}
