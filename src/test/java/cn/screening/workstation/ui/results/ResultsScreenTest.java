package cn.screening.workstation.ui.results;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.specimen.AwaitingResult;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.SentBox;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The lab enters a received tube's results: text in FVIII:C is refused at the field in Chinese, the
 * class and suggested diagnosis follow the numbers, and the confirmed result is stored.
 */
@Tag("slow")
class ResultsScreenTest extends FxRobot {

    @TempDir
    Path countyDir;
    @TempDir
    Path hospitalDir;
    private Workspace county;
    private Workspace hospital;
    private Specimens atHospital;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private Stage stage;
    private Sample tube;
    private UUID caseId;

    @BeforeEach
    void start() {
        county = SpecimenSites.county(countyDir);
        hospital = SpecimenSites.hospital(hospitalDir);
        SpecimenSites.hospitalKnown(county);
    }

    /** A tube of the patient's case, sent by the county and received at the hospital, and the results page open. */
    private void open(String name, Sex sex) throws Exception {
        caseId = SpecimenSites.suspectedCase(county, name, sex);
        tube = SpecimenSites.specimens(county).draw().draw(caseId, SpecimenSites.goodDraw(Instant.now(), Duration.ofHours(2)));
        Shipment box = SentBox.send(county, hospital, List.of(tube));
        atHospital = SpecimenSites.specimens(hospital);
        atHospital.receiving().receive(box.id(), Instant.now(), new BigDecimal("21"));
        atHospital.receiving().scan(box.id(), tube.sampleNo());

        executor = Executors.newSingleThreadExecutor();
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        Tasks tasks = Tasks.background(executor, errors);
        stage = PageStage.show(i18n, ResultsController.class, () -> new ResultsController(new ResultsViewModel(
                atHospital.results(), Kits.kit(tasks, Clock.systemDefaultZone(), Kits.nowhere())), i18n));
    }

    @AfterEach
    void stop() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        for (Workspace w : new Workspace[] {county, hospital}) {
            if (w != null) {
                w.close();
            }
        }
    }

    @Test
    void enterAndConfirmTheResultsOfAReceivedTube() throws Exception {
        open("孙八", Sex.MALE);
        TableView<AwaitingResult> tubes = lookup("#tubeTable").query();
        waitUntil(() -> tubes.getItems().size() == 1);
        clickOn("#findField").write(tube.sampleNo()).type(KeyCode.ENTER);
        waitUntil(() -> text("#tubeTitle").contains(tube.sampleNo()));
        assertThat(lookup("#fviiiField").<TextField>query().isFocused()).isTrue();

        write("abc");
        waitUntil(() -> "“abc”不是数字，请录入数值".equals(text("#fviiiMessage")));
        TextField fviii = lookup("#fviiiField").query();
        interact(fviii::clear);
        clickOn(fviii).write("<1");
        clickOn("#fixField").write("92");
        waitUntil(() -> "重型".equals(text("#derivedLabel")));
        assertThat(text("#suggestedLabel")).isEqualTo("血友病A");
        assertThat(text("#fviiiMessage")).isEmpty();
        clickOn("#confirmButton");
        waitUntil(() -> "请录入vWF:Ag结果以排除血管性血友病".equals(text("#vwfMessage")));
        assertThat(atHospital.results().ofSample(tube.id())).isEmpty();

        clickOn("#vwfField").write("85");
        clickOn("#confirmButton");
        waitUntil(() -> text("#messageLabel").startsWith("已确认"));
        assertThat(text("#messageLabel")).isEqualTo("已确认 " + tube.sampleNo() + "：血友病A，重型。");
        LabResult stored = atHospital.results().ofSample(tube.id()).orElseThrow();
        assertThat(stored.diagnosis()).isEqualTo(Diagnosis.HEMOPHILIA_A);
        assertThat(stored.severity()).isEqualTo(HemophiliaSeverity.SEVERE);
        assertThat(stored.fviii().belowOne()).isTrue();
        // the row follows the saved result (the tube now 已确认) and the confirmed result stays in view
        waitUntil(() -> "已确认".equals(stateOf(tubes)));
        assertThat(text("#messageLabel")).startsWith("已确认");
        assertThat(lookup("#fviiiField").<TextField>query().getText()).isEqualTo("<1");
        assertThat(lookup("#confirmButton").query().isDisabled()).isTrue();
        ScreenPictures.take(stage, "results-entry.png");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void aFemalePatientsResultIsSavedOnceTheWarningIsAcknowledged() throws Exception {
        open("孙九妹", Sex.FEMALE);
        confirmWithWarning("3", "女性血友病罕见");
        assertSavedAndCaseDecided(HemophiliaSeverity.MODERATE);
    }

    @Test
    void aBorderlineResultIsSavedOnceTheWarningIsAcknowledged() throws Exception {
        open("孙十", Sex.MALE);
        confirmWithWarning("45", "临界值");
        assertSavedAndCaseDecided(HemophiliaSeverity.BORDERLINE);
    }

    /** Scans the tube, types FVIII, FIX and vWF:Ag, confirms, and answers 已确认，保存 in the warning dialog. */
    private void confirmWithWarning(String fviii, String warningPart) {
        TableView<AwaitingResult> tubes = lookup("#tubeTable").query();
        waitUntil(() -> tubes.getItems().size() == 1);
        clickOn("#findField").write(tube.sampleNo()).type(KeyCode.ENTER);
        waitUntil(() -> text("#tubeTitle").contains(tube.sampleNo()));
        write(fviii);
        clickOn("#fixField").write("92");
        clickOn("#vwfField").write("85");
        waitUntil(() -> "血友病A".equals(text("#suggestedLabel")));
        clickOn("#confirmButton");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").query();
        assertThat(dialog.getContentText()).contains(warningPart);
        clickOn("已确认，保存");
    }

    private void assertSavedAndCaseDecided(HemophiliaSeverity severity) {
        waitUntil(() -> text("#messageLabel").startsWith("已确认"));
        LabResult stored = atHospital.results().ofSample(tube.id()).orElseThrow();
        assertThat(stored.confirmed()).isTrue();
        assertThat(stored.diagnosis()).isEqualTo(Diagnosis.HEMOPHILIA_A);
        assertThat(stored.severity()).isEqualTo(severity);
        // queued for sync in the same transaction, and the county's case is decided when the result arrives
        long queued = hospital.database().read(tx -> hospital.outbox().countFor(tx, EntityTypes.LAB_RESULT, stored.id()));
        assertThat(queued).isEqualTo(1);
        assertThat(SpecimenSites.caseStatus(county, caseId)).isEqualTo(CaseStatus.SAMPLE_SENT);
        SpecimenSites.carry(hospital, county, EntityTypes.LAB_RESULT, stored.id());
        assertThat(SpecimenSites.caseStatus(county, caseId)).isEqualTo(CaseStatus.CONFIRMED);
        assertThat(errors.seen).isEmpty();
    }

    private static String stateOf(TableView<AwaitingResult> tubes) {
        return tubes.getItems().size() == 1 && tubes.getItems().get(0).confirmed() ? "已确认" : "";
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }
}
