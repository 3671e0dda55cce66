package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.specimen.NearingTube;
import cn.screening.workstation.service.specimen.SpecimenSites;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The sample screens in the whole window, at 1366×768: a township doctor draws a tube from the case
 * window (an under-filled tube refused at its field first) and finds it on the spin-limit list; the
 * designated hospital's lab user lands on receiving and sees no sending screens.
 */
@Tag("slow")
class SampleScreensFlowTest extends FxRobot {

    @TempDir
    Path folder;
    private Application app;
    private Stage stage;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void launch(String user, String password) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> present("#loginButton"));
        interact(() -> {
            stage.setWidth(ScreenPictures.WIDTH);
            stage.setHeight(ScreenPictures.HEIGHT);
        });
        clickOn("#usernameField").write(user);
        clickOn("#passwordField").write(password).type(KeyCode.ENTER);
        waitUntil(() -> present("#logoutButton"));
    }

    @Test
    void aDoctorDrawsATubeFromTheCaseWindowAndSeesItNearTheSpinLimit() throws Exception {
        UiTestSupport.setUpClinic(folder);
        try (Workspace ws = login(UiTestSupport.workstation(folder), UiTestSupport.DOCTOR, UiTestSupport.PASSWORD)) {
            SpecimenSites.suspectedCase(ws, "赵六", Sex.MALE);
        }
        launch(UiTestSupport.DOCTOR, UiTestSupport.PASSWORD);
        assertThat(present("#shipmentsButton")).isTrue();
        assertThat(present("#samplesButton")).isTrue();
        assertThat(present("#receivingButton")).isFalse();
        assertThat(present("#resultsButton")).isFalse();

        clickOn("#casesButton");
        TableView<?> cases = lookup("#table").query();
        waitUntil(() -> cases.getItems().size() == 1);
        interact(() -> cases.getSelectionModel().select(0));
        clickOn("#openButton");
        waitUntil(() -> present("#drawButton"));
        clickOn("#drawButton");
        waitUntil(() -> present("#fillField"));

        // the case list has its own message label and the registration page its own save button: look inside the form
        Node form = lookup("#fillField").query().getScene().getRoot();
        clickOn(from(form).lookup("#fillField").<TextField>query()).write("80");
        waitUntil(() -> "采血量不足（<90%），标本不合格".equals(text(form, "#fillMessage")));
        TextField drawnAt = from(form).lookup("#drawnAtField").query();
        // drawn 3 h 40 min ago and not yet spun: 20 minutes left of the 4 hours
        String earlier = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ZonedDateTime.now(ZoneId.systemDefault()).minusMinutes(220));
        interact(() -> drawnAt.setText(earlier));
        TextField fill = from(form).lookup("#fillField").query();
        interact(() -> fill.setText("95"));
        waitUntil(() -> text(form, "#fillMessage").isEmpty());
        clickOn(from(form).lookup("#saveButton").<Node>query());
        waitUntil(() -> text(form, "#messageLabel").startsWith("已保存，标本编号"));
        String sampleNo = text(form, "#sampleNoLabel");
        assertThat(sampleNo).startsWith(UiTestSupport.TOWNSHIP);
        assertThat(from(form).lookup("#code128View").<ImageView>query().getImage()).isNotNull();
        assertThat(from(form).lookup("#qrView").<ImageView>query().getImage()).isNotNull();
        ScreenPictures.take(form.getScene(), "sample-draw.png");
        // closing the form lists the new tube in the case window
        interact(() -> ((Stage) form.getScene().getWindow()).close());
        waitUntil(() -> lookup("#timelineList").<javafx.scene.control.ListView<String>>query().getItems().stream()
                .anyMatch(l -> l.contains(sampleNo)));
        closeDialogs();

        clickOn("#samplesButton");
        TableView<NearingTube> nearing = lookup("#nearingTable").query();
        waitUntil(() -> nearing.getItems().size() == 1);
        assertThat(nearing.getItems().get(0).sampleNo()).isEqualTo(sampleNo);
        clickOn("#findField").write(sampleNo).type(KeyCode.ENTER);
        waitUntil(() -> !lookup("#timelineList").<javafx.scene.control.ListView<String>>query().getItems().isEmpty());
        assertThat(lookup("#timelineList").<javafx.scene.control.ListView<String>>query().getItems().get(0)).contains("采血");
        ScreenPictures.take(stage, "sample-tracking.png");

        clickOn("#shipmentsButton");
        waitUntil(() -> present("#newBoxButton"));
        ScreenPictures.take(stage, "shipments-empty.png");
    }

    @Test
    void theLabLandsOnTodaysWorkReachesReceivingAndSeesNoSendingScreens() throws Exception {
        Workstation w = UiTestSupport.workstation(folder);
        w.setUp(new SiteProfile("210700-H", InstitutionType.DESIGNATED, "210702", "锦州市血友病定点医院"), UiTestSupport.ADMIN,
                "王管理", UiTestSupport.PASSWORD.toCharArray());
        try (Workspace admin = login(w, UiTestSupport.ADMIN, UiTestSupport.PASSWORD)) {
            new Accounts(admin).add("lab1", "王检验", Role.DESIGNATED_LAB, UiTestSupport.PASSWORD.toCharArray());
        }
        launch("lab1", UiTestSupport.PASSWORD);
        waitUntil(() -> present("#summaryLabel")); // 今日待办 first, as for everyone
        assertThat(present("#receivingButton")).isTrue();
        clickOn("#receivingButton");
        waitUntil(() -> present("#arriveButton"));
        assertThat(present("#resultsButton")).isTrue();
        assertThat(present("#shipmentsButton")).isFalse();
        assertThat(present("#registerButton")).isFalse();
        ScreenPictures.take(stage, "receiving-empty.png");
        clickOn("#resultsButton");
        waitUntil(() -> present("#confirmButton"));
        ScreenPictures.take(stage, "results.png");
    }

    private static Workspace login(Workstation w, String user, String password) {
        return ((LoginResult.Success) w.login(user, password.toCharArray())).workspace();
    }

    private void closeDialogs() {
        for (Window window : Window.getWindows().stream().filter(x -> x != stage).toList()) {
            interact(() -> ((Stage) window).close());
        }
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private String text(Node root, String query) {
        return from(root).lookup(query).<Label>query().getText();
    }
}
