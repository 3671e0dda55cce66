package cn.screening.workstation.ui.receiving;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.specimen.IncomingBox;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.SentBox;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.TimeText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designated hospital receives a box by scanner: arrival recorded, each tube scanned, a tube of
 * another box named as such, the reconciliation counted, one tube rejected with its reason, the box closed.
 * Two real stores: the county's records reach the hospital as a pull would bring them.
 */
@Tag("slow")
class ReceivingScreenTest extends FxRobot {

    @TempDir
    Path countyDir;
    @TempDir
    Path hospitalDir;
    private Workspace county;
    private Workspace hospital;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private Stage stage;
    private Sample a;
    private Sample b;
    private Sample stray;
    private Shipment box;
    private Shipment other;
    private ReceivingController page;

    @BeforeEach
    void start() throws Exception {
        county = SpecimenSites.county(countyDir);
        hospital = SpecimenSites.hospital(hospitalDir);
        SpecimenSites.hospitalKnown(county);
        Specimens atCounty = SpecimenSites.specimens(county);
        Instant now = Instant.now();
        var caseId = SpecimenSites.suspectedCase(county, "孙八", Sex.MALE);
        a = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now, Duration.ofHours(2)));
        b = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now, Duration.ofHours(2)));
        stray = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now, Duration.ofHours(2)));
        box = SentBox.send(county, hospital, List.of(a, b));
        other = SentBox.send(county, hospital, List.of(stray));

        executor = Executors.newSingleThreadExecutor();
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        TimeText time = new TimeText(Clock.system(ZoneId.of("Asia/Shanghai")));
        Tasks tasks = Tasks.background(executor, errors);
        stage = PageStage.show(i18n, ReceivingController.class, () -> page = new ReceivingController(
                new ReceivingViewModel(SpecimenSites.specimens(hospital).receiving(), Kits.kit(tasks,
                        Clock.system(ZoneId.of("Asia/Shanghai")), Kits.nowhere())), i18n, time));
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
    void receiveABoxByScanningItsTubes() throws Exception {
        TableView<IncomingBox> boxes = lookup("#boxTable").query();
        waitUntil(() -> boxes.getItems().size() == 2);
        clickOn(box.boxNo());
        waitForMessage(() -> text("#boxTitle").contains(box.boxNo()));
        assertThat(lookup("#scanField").query().isDisabled()).isTrue();
        clickOn("#temperatureField").write("21.5");
        clickOn("#arriveButton");
        waitForMessage(() -> text("#countsLabel").startsWith("应到 2"));
        assertThat(text("#countsLabel")).isEqualTo("应到 2　已到 0　缺失 2　意外 0　属于其他箱 0");
        waitUntil(() -> lookup("#scanField").<TextField>query().isFocused());

        scan(a.sampleNo());
        waitForMessage(() -> text("#countsLabel").contains("已到 1"));
        assertThat(text("#scanMessage")).isEqualTo(a.sampleNo() + " 已到，已扫 1 / 2 管");
        scan(stray.sampleNo());
        waitForMessage(() -> text("#countsLabel").endsWith("属于其他箱 1"));
        assertThat(text("#scanMessage")).isEqualTo(stray.sampleNo() + "：标本 " + stray.sampleNo() + " 属于另一标本箱 "
                + other.boxNo());
        assertThat(lookup("#scanMessage").query().getStyleClass()).contains("scan-refused");
        assertThat(TextFit.cutOffOnFx("receiving", stage.getScene().getRoot())).isEmpty(); // shown whole at 1366×768
        scan(b.sampleNo());
        waitForMessage(() -> text("#countsLabel").startsWith("应到 2　已到 2　缺失 0"));

        TableView<ReconciledTube> tubes = lookup("#tubeTable").query();
        ReconciledTube rowB = tubes.getItems().stream().filter(t -> t.sampleNo().equals(b.sampleNo())).findFirst().orElseThrow();
        interact(() -> tubes.getSelectionModel().select(rowB));
        clickOn("#rejectButton");
        waitForMessage(() -> text("#reasonMessage").equals("标本拒收须选择拒收原因"));
        ComboBox<RejectionReason> reason = lookup("#reasonBox").query();
        interact(() -> reason.setValue(RejectionReason.HAEMOLYSED));
        clickOn("#conditionField").write("明显溶血");
        clickOn("#rejectButton");
        waitForMessage(() -> text("#messageLabel").equals("已拒收 " + b.sampleNo() + "：溶血"));
        ReconciledTube rejected = tubes.getItems().stream().filter(t -> t.sampleNo().equals(b.sampleNo())).findFirst().orElseThrow();
        assertThat(rejected.verdict().decision()).isEqualTo(TubeDecision.REJECTED);
        assertThat(rejected.verdict().reason()).isEqualTo(RejectionReason.HAEMOLYSED);
        ScreenPictures.take(stage, "receiving.png");

        clickOn("#completeButton");
        waitForMessage(() -> text("#messageLabel").startsWith("标本箱 " + box.boxNo() + " 接收完成"));
        assertThat(text("#messageLabel")).endsWith("缺失 0 管。");
        assertThat(lookup("#scanField").query().isDisabled()).isTrue();
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void aBoxThatArrivesBySyncIsListedWithoutF5AndTheBoxBeingReceivedStaysSelected() {
        TableView<IncomingBox> boxes = lookup("#boxTable").query();
        waitUntil(() -> boxes.getItems().size() == 2);
        clickOn(box.boxNo());
        waitForMessage(() -> text("#boxTitle").contains(box.boxNo()));

        Sample late = SpecimenSites.specimens(county).draw().draw(SpecimenSites.suspectedCase(county, "孙九", Sex.MALE),
                SpecimenSites.goodDraw(Instant.now(), Duration.ofHours(2)));
        Shipment third = SentBox.send(county, hospital, List.of(late));
        // what the main window does when a sync wrote records here; nobody presses F5
        interact(() -> page.pulled(Set.of(EntityTypes.SAMPLE, EntityTypes.SHIPMENT)));
        waitUntil(() -> boxes.getItems().size() == 3);
        assertThat(boxes.getItems()).extracting(IncomingBox::boxNo).contains(third.boxNo());
        assertThat(boxes.getSelectionModel().getSelectedItem().boxNo()).isEqualTo(box.boxNo());
        assertThat(text("#boxTitle")).contains(box.boxNo());

        // records of no concern to this page leave it alone
        Sample later = SpecimenSites.specimens(county).draw().draw(SpecimenSites.suspectedCase(county, "孙十", Sex.MALE),
                SpecimenSites.goodDraw(Instant.now(), Duration.ofHours(2)));
        SentBox.send(county, hospital, List.of(later));
        interact(() -> page.pulled(Set.of(EntityTypes.LAB_RESULT)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boxes.getItems()).hasSize(3);
        assertThat(errors.seen).isEmpty();
    }

    private void waitForMessage(BooleanSupplier condition) {
        try {
            waitUntil(condition);
        } catch (AssertionError e) {
            throw new AssertionError("message: " + text("#messageLabel") + " / " + text("#scanMessage") + ", failures: "
                    + errors.seen, e);
        }
    }

    /** What a barcode scanner does: the characters into the focused scan field, then Enter. */
    private void scan(String code) {
        clickOn("#scanField").write(code).type(KeyCode.ENTER);
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }
}
