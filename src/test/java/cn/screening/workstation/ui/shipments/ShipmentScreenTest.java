package cn.screening.workstation.ui.shipments;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.specimen.Destination;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.TimeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A county hospital packs a box by scanner: two tubes go in, the third is refused at once with its
 * reason (it waits in another open box); the box is dispatched and its manifest saved as a PDF that
 * names the tubes under the Chinese headings. Real H2 workspace, real services, real PDF.
 */
@Tag("slow")
class ShipmentScreenTest extends FxRobot {

    @TempDir
    Path folder;
    @TempDir
    Path out;
    private Workspace ws;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private Stage stage;
    private Sample first;
    private Sample second;
    private Sample elsewhere;
    private String otherBox;

    @BeforeEach
    void start() throws Exception {
        ws = SpecimenSites.county(folder);
        SpecimenSites.hospitalKnown(ws);
        Specimens specimens = SpecimenSites.specimens(ws);
        UUID caseId = SpecimenSites.suspectedCase(ws, "李小明", Sex.MALE);
        Instant now = Instant.now();
        first = specimens.draw().draw(caseId, SpecimenSites.unspunDraw(now, Duration.ofMinutes(30)));
        second = specimens.draw().draw(caseId, SpecimenSites.unspunDraw(now, Duration.ofMinutes(20)));
        elsewhere = specimens.draw().draw(caseId, SpecimenSites.unspunDraw(now, Duration.ofMinutes(10)));
        var waiting = specimens.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        specimens.shipments().addTube(waiting.id(), elsewhere.sampleNo());
        otherBox = waiting.boxNo();

        executor = Executors.newSingleThreadExecutor();
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);
        TimeText time = new TimeText(Clock.system(ZoneId.of("Asia/Shanghai")));
        Tasks tasks = Tasks.background(executor, errors);
        // no printer on this machine: printing falls back to saving the PDF
        var kit = Kits.kit(tasks, i18n, Clock.system(ZoneId.of("Asia/Shanghai")), Kits.nowhere(), FileTargets.folder(out));
        stage = PageStage.show(i18n, ShipmentsController.class, () -> new ShipmentsController(new ShipmentsViewModel(
                specimens.shipments(), specimens.prints(kit.printer()), kit), i18n, time, kit.files()));
    }

    @AfterEach
    void stop() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void scanThreeTubesOneRefusedDispatchAndSaveTheManifest() throws Exception {
        ComboBox<Destination> destination = lookup("#destinationBox").query();
        waitUntil(() -> destination.getValue() != null);
        assertThat(destination.getValue().name()).isEqualTo(SpecimenSites.HOSPITAL.name());
        clickOn("#newBoxButton");
        waitUntil(() -> !lookup("#scanField").query().isDisabled());
        TableView<Sample> tubes = lookup("#tubeTable").query();

        scan(first.sampleNo());
        waitUntil(() -> tubes.getItems().size() == 1);
        assertThat(text("#scanMessage")).isEqualTo("已装入 " + first.sampleNo() + "，本箱共 1 管");
        // the field keeps the focus: the next scan goes straight in
        assertThat(lookup("#scanField").<TextField>query().isFocused()).isTrue();
        type(second.sampleNo());
        waitUntil(() -> tubes.getItems().size() == 2);
        type(elsewhere.sampleNo());
        waitUntil(() -> lookup("#scanMessage").query().getStyleClass().contains("scan-refused"));
        // the longest scan answer is shown whole at 1366×768
        assertThat(TextFit.cutOffOnFx("shipments", stage.getScene().getRoot())).isEmpty();
        assertThat(text("#scanMessage")).isEqualTo(elsewhere.sampleNo() + "：标本 " + elsewhere.sampleNo()
                + " 已在另一个未发出的标本箱 " + otherBox + " 中");
        assertThat(tubes.getItems()).extracting(Sample::sampleNo).containsExactly(first.sampleNo(), second.sampleNo());
        ScreenPictures.take(stage, "shipment-box.png");

        // no courier, no waybill: refused at both fields, no question asked, nothing sent
        clickOn("#packingTempField").write("22");
        clickOn("#dispatchButton");
        waitForMessage(() -> text("#messageLabel").startsWith("未发出"));
        assertThat(text("#messageLabel")).isEqualTo("未发出：快递公司：此项为必填项、运单号：此项为必填项");
        assertThat(text("#courierMessage")).isEqualTo("此项为必填项");
        assertThat(text("#trackingMessage")).isEqualTo("此项为必填项");
        assertThat(lookup("#dispatchDialog").tryQuery()).isEmpty();
        assertThat(boxStatus()).isEqualTo(ShipmentStatus.OPEN);

        clickOn("#courierField").write("顺丰速运");
        clickOn("#trackingField").write("SF1234567890");
        // Alt+X (not Alt+D, which is 今日待办 in the navigation) asks first; 返回 leaves the box open
        press(KeyCode.ALT, KeyCode.X).release(KeyCode.X, KeyCode.ALT);
        waitUntil(() -> lookup("#dispatchDialog").tryQuery().isPresent());
        assertThat(lookup("#dispatchDialog").<DialogPane>query().getContentText()).contains("（2 管）", SpecimenSites.HOSPITAL.name());
        clickOn("返回");
        waitForMessage(() -> text("#messageLabel").equals("未发出。"));
        assertThat(boxStatus()).isEqualTo(ShipmentStatus.OPEN);
        assertThat(text("#courierMessage")).isEmpty();

        clickOn("#dispatchButton");
        waitUntil(() -> lookup("#dispatchDialog").tryQuery().isPresent());
        clickOn("确定发出");
        waitForMessage(() -> text("#messageLabel").contains("已发出"));
        assertThat(text("#messageLabel")).endsWith("已发出，共 2 管。");
        assertThat(boxStatus()).isEqualTo(ShipmentStatus.DISPATCHED);
        assertThat(lookup("#scanField").query().isDisabled()).isTrue();

        clickOn("#printManifestButton"); // no printer: it saves instead
        waitForMessage(() -> text("#messageLabel").startsWith("运送清单已保存") || text("#messageLabel").contains("失败"));
        assertThat(text("#messageLabel")).startsWith("运送清单已保存");
        Path pdf;
        try (var files = Files.list(out)) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(pdf.getFileName().toString()).startsWith("运送清单-");
        String printed;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            printed = new PDFTextStripper().getText(doc);
        }
        assertThat(printed).contains("标本运送清单", "送检机构", "接收机构", "标本编号", SpecimenSites.HOSPITAL.name())
                .contains(first.sampleNo(), second.sampleNo())
                .doesNotContain(elsewhere.sampleNo())
                .doesNotContain("李小明");
        assertThat(errors.seen).isEmpty();
    }

    /** The stored status of the box holding the first tube. */
    private ShipmentStatus boxStatus() {
        var shipments = SpecimenSites.specimens(ws).shipments();
        return shipments.boxes(10).stream().filter(b -> b.contains(first.id())).map(Shipment::status).findFirst().orElseThrow();
    }

    /** Waits; on a timeout the page's message and any unhandled failure say what went wrong. */
    private void waitForMessage(java.util.function.BooleanSupplier condition) {
        try {
            waitUntil(condition);
        } catch (AssertionError e) {
            throw new AssertionError("message: " + text("#messageLabel") + ", failures: " + errors.seen, e);
        }
    }

    private void scan(String code) {
        clickOn("#scanField");
        type(code);
    }

    /** What a barcode scanner does: the characters, then Enter. */
    private void type(String code) {
        write(code).type(KeyCode.ENTER);
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return ((Label) n).getText();
    }
}
