package cn.screening.workstation.app;

import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.login.LoginController;
import cn.screening.workstation.ui.login.LoginViewModel;
import cn.screening.workstation.ui.setup.SetupController;
import cn.screening.workstation.ui.setup.SetupViewModel;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.Section;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The one window and what it shows: the set-up wizard, the login, or a logged-in session. */
final class Screens {

    static final double WIDTH = 1280;
    static final double HEIGHT = 720;

    private final Stage stage;
    private final AppContext ctx;
    private final StackPane frame = new StackPane();
    private SessionViews session;

    Stage stage() {
        return stage;
    }

    Screens(Stage stage, AppContext ctx) {
        this.stage = stage;
        this.ctx = ctx;
        Scene scene = new Scene(frame, WIDTH, HEIGHT);
        scene.getStylesheets().add(Screens.class.getResource(Dialogs.CSS).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.setTitle(ctx.i18n().get("app.title"));
    }

    private ViewLoader loader() {
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                SetupController.class, () -> new SetupController(new SetupViewModel(ctx.workstation(), ctx.rules().divisions(),
                        ctx.tasks(), ctx.i18n(), ctx.texts(), this::showLogin), ctx.i18n()));
        return new ViewLoader(ctx.i18n(), controllers);
    }

    void showFirst(boolean setUp) {
        if (setUp) {
            showLogin();
        } else {
            showSetup();
        }
    }

    void showSetup() {
        show(loader().load(SetupController.class).root());
    }

    /** Built in code, not read from FXML: the login is the first frame of every start. */
    void showLogin() {
        show(new LoginController(new LoginViewModel(ctx.workstation(), ctx.tasks(), ctx.texts(), ctx.i18n(), ctx.config().zone(),
                this::showMain), ctx.i18n()).root());
    }

    private void show(Parent root) {
        stage.setTitle(ctx.i18n().get("app.title"));
        frame.getChildren().setAll(root);
    }

    /** Reads the pulled reference data off the JavaFX thread first; the built-in rules stand if it cannot be read. */
    void showMain(Workspace workspace) {
        workspace.warmListsInBackground();
        ctx.tasks().run(() -> ctx.rules().forWorkspace(workspace))
                .onSuccess(rules -> startSession(workspace, rules))
                .onError(RuntimeException.class, e -> startSession(workspace, ctx.rules()))
                .start();
    }

    private void startSession(Workspace workspace, RuleBook rules) {
        session = new SessionViews(ctx, rules, workspace, loader(), this::logout, this::settingsSaved);
        showSession(null);
    }

    private void showSession(Section section) {
        stage.setTitle(ctx.i18n().get("app.title") + " — " + session.workspace().session().site().name());
        frame.getChildren().setAll(session.build(section));
        session.startIdleLock(frame.getScene());
    }

    private void settingsSaved(Settings saved) {
        boolean languageChanged = !saved.language().equals(ctx.settings().language());
        ctx.settingsChanged(saved);
        // a new language reloads the window (same session); a new idle time only restarts the lock's clock
        if (languageChanged) {
            session = session.reloaded(loader());
            showSession(Section.SETTINGS);
        } else {
            session.startIdleLock(frame.getScene());
        }
    }

    void logout() {
        SessionViews ending = session;
        session = null;
        if (ending != null) {
            ending.stopIdleLock();
            ctx.tasks().run(ending::close).andFinally(this::showLogin).start();
        } else {
            showLogin();
        }
    }

    /** The window closes: the session's store is closed on this (the last) call. */
    void close() {
        if (session != null) {
            session.stopIdleLock();
            session.close();
            session = null;
        }
    }
}
