package cn.screening.workstation.ui.referral;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.registry.RegistryRow;
import cn.screening.workstation.ui.UiTestSupport;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.today.TodayKind;
import cn.screening.workstation.ui.today.TodayRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A township doctor's day with the referral screens, at 1366×768 on a machine without a printer:
 * 今日待办 lists the boy's follow-up, and a referral written from his case is saved as a PDF that
 * holds its number, the boy masked and the form's Chinese headings.
 */
@Tag("slow")
class ReferralScreensTest extends FxRobot {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path folder;
    @TempDir
    Path saved;
    private Application app;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        RegistrationOutcome.Saved boy = ReferralFixtures.clinicWithASuspectedBoy(folder);
        try (Workspace ws = ReferralFixtures.login(folder, UiTestSupport.DOCTOR)) {
            ReferralFixtures.confirmTheBoy(TestSites.services(ws), boy, LocalDate.now());
        }
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)
                .withDocuments(FileTargets.folder(saved), new PdfPrinter(Optional::empty))));
        waitUntil(() -> present("#loginButton"));
        interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#summaryLabel"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void todaysWorkListsTheDueFollowUpAndOpensTheVisitForm() throws IOException {
        TableView<TodayRow> today = lookup("#table").query();
        waitUntil(() -> today.getItems().stream().anyMatch(r -> r.kind() == TodayKind.FOLLOW_UP_DUE));
        TodayRow due = today.getItems().stream().filter(r -> r.kind() == TodayKind.FOLLOW_UP_DUE).findFirst().orElseThrow();
        assertThat(due.what()).isEqualTo("到期随访");
        assertThat(due.detail()).contains("李*").doesNotContain(ReferralFixtures.BOY);
        assertThat(due.when()).isEqualTo(LocalDate.now().toString());
        assertThat(text("#summaryLabel")).contains("到期随访 1 人");
        snapshot("todays-work.png");

        interact(() -> today.getSelectionModel().select(due));
        clickOn(today).type(KeyCode.ENTER);
        waitUntil(() -> present("#visitForm") && !lookup("#table").<TableView<?>>query().getItems().isEmpty()
                && lookup("#saveButton").tryQuery().isPresent());
        TableView<?> list = lookup("#table").query();
        interact(() -> list.getSelectionModel().select(0));
        clickOn("#bleedDatePicker").write(LocalDate.now().minusDays(10).toString()).type(KeyCode.TAB);
        clickOn("#bleedSiteField").write("右膝");
        clickOn("#addBleedButton");
        clickOn("#targetJointsField").write("右膝");
        clickOn("#factorUseField").write("rFVIII 1000 IU ×6");
        snapshot("follow-up-visit.png");
        clickOn("#saveButton");
        waitUntil(() -> text("#messageLabel").contains("下次随访"));
        assertThat(text("#messageLabel")).contains("李*").contains(LocalDate.now().plusMonths(3).toString());

        clickOn("#registryButton");
        TableView<RegistryRow> registry = lookup("#table").query();
        waitUntil(() -> registry.getItems().size() == 1);
        RegistryRow row = registry.getItems().get(0);
        assertThat(row.name()).isEqualTo("李**");
        assertThat(row.idNumber()).isEqualTo("210727********1237");
        assertThat(row.targetJoints()).containsExactly("右膝"); // as the visit just recorded
        snapshot("registry.png");
        clickOn("#exportButton");
        waitUntil(() -> text("#messageLabel").startsWith("已导出"));
        Path xlsx = saved.resolve("血友病登记册-" + LocalDate.now() + ".xlsx");
        assertThat(xlsx).exists();
        try (var book = new XSSFWorkbook(xlsx.toFile())) {
            String cell = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).isEqualTo("李**");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aReferralPrintedWithoutAPrinterIsAPdfWithItsNumberThePatientNamedOnTheLetterHalfAndTheChineseHeadings() throws IOException {
        clickOn("#casesButton");
        TableView<?> cases = lookup("#table").query();
        waitUntil(() -> cases.getItems().size() == 1);
        interact(() -> cases.getSelectionModel().select(0));
        clickOn(cases).type(KeyCode.ENTER);
        waitUntil(() -> present("#referButton"));
        clickOn("#referButton");

        ComboBox<?> hospital = lookup("#hospitalBox").query();
        waitUntil(() -> hospital.getValue() != null && !lookup("#summaryArea").<TextArea>query().getText().isEmpty());
        assertThat(text("#patientLabel")).contains("李*").doesNotContain(ReferralFixtures.BOY);
        assertThat(lookup("#summaryArea").<TextArea>query().getText()).contains("APTT");
        TextInputControl purpose = lookup("#purposeField").query();
        clickOn(purpose).write("确诊血友病分型及因子活性测定");
        clickOn("#departmentField").write("血液科");
        formSnapshot("referral-form.png");
        clickOn("#submitButton");
        waitUntil(() -> text("#numberLabel").startsWith("转诊单号") || !text("#errorLabel").isEmpty());
        assertThat(text("#errorLabel")).isEmpty();
        String number = text("#numberLabel").substring("转诊单号 ".length());
        assertThat(number).startsWith("ZZ-" + UiTestSupport.TOWNSHIP + "-T-");
        assertThat(text("#statusLabel")).isEqualTo("已提交");

        clickOn("#printButton");
        Path pdf = saved.resolve("转诊单-" + number + ".pdf");
        waitUntil(() -> text("#messageLabel").contains("已保存为") || !text("#errorLabel").isEmpty()
                || lookup(".alert").tryQuery().isPresent());
        assertThat(lookup(".alert").tryQuery()).isEmpty(); // no unexpected failure shown
        assertThat(text("#errorLabel")).isEmpty();
        assertThat(pdf).exists();
        String printed = textOf(pdf);
        assertThat(printed).contains(number).contains("转诊单").contains("存根").contains(ReferralFixtures.HOSPITAL_NAME)
                .contains("李*") // the counterfoil the township keeps
                .contains(ReferralFixtures.BOY).contains(UiTestSupport.GOOD_ID).contains("内含个人信息"); // the half the patient carries

        clickOn("#closeFormButton");
        clickOn("#referralsButton");
        TableView<ReferralRow> referrals = lookup("#table").query();
        waitUntil(() -> referrals.getItems().size() == 1);
        interact(() -> referrals.getSelectionModel().select(0));
        waitUntil(() -> present("#move-WITHDRAW"));
        assertThat(referrals.getItems().get(0).status()).isEqualTo("已提交");
        assertThat(referrals.getItems().get(0).patient()).isEqualTo("李**");
        snapshot("referrals.png");
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private BufferedImage snapshot(String name) throws IOException {
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(WIDTH);
        assertThat(scene.getHeight()).isEqualTo(HEIGHT);
        return write(scene, name);
    }

    /** The referral form's dialog, as it stands over the main window. */
    private void formSnapshot(String name) throws IOException {
        Window dialog = lookup("#hospitalBox").query().getScene().getWindow();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(HEIGHT);
        write(dialog.getScene(), name);
    }

    private BufferedImage write(Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(picture, "png", SCREENSHOTS.resolve(name).toFile());
        return picture;
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    /** The text of the labels so named in every open window (the form dialog and the main window both have a message line). */
    private String text(String query) {
        return lookup(query).<Label>queryAll().stream().map(Label::getText).filter(t -> t != null && !t.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
