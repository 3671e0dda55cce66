package cn.screening.workstation.ui.samples;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.WindowEvent;

/** 标本跟踪, the sample-draw form and a case's samples (in the case window), wired. */
public final class SampleScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;

    public SampleScreens(ScreenKit kit, Dialogs dialogs) {
        this.kit = kit;
        this.dialogs = dialogs;
    }

    public void register(ScreenRegistry r, Services services) {
        var specimens = services.specimens();
        var session = services.workspace().session();
        boolean sender = session.may(Permission.SEND_SAMPLES);
        r.section(Section.SAMPLES, SampleWatchController.class, () -> new SampleWatchController(
                new SampleWatchViewModel(specimens.tracking(), kit, sender), kit.i18n(), kit.time()));
        r.controller(SampleDrawController.class, () -> new SampleDrawController(new SampleDrawViewModel(specimens.draw(),
                specimens.prints(kit.printer()), kit, session.site().siteCode(), session.user().displayName()), kit.i18n(),
                kit.files()));
        r.controller(CaseSamplesController.class, () -> new CaseSamplesController(specimens.tracking(), kit.tasks(), kit.i18n(),
                new TimelineText(kit.i18n(), kit.time()), sender, this::showDraw));
    }

    /** A case's samples, for the case window. */
    public Node ofCase(CaseRef ref) {
        var samples = dialogs.load(CaseSamplesController.class);
        samples.controller().show(ref);
        return samples.root();
    }

    /** The sample-draw form for a case, in its own window; {@code closed} runs when it closes. */
    private void showDraw(CaseRef ref, Runnable closed) {
        var loaded = dialogs.load(SampleDrawController.class);
        loaded.controller().viewModel().start(ref);
        Dialog<ButtonType> dialog = dialogs.closable(kit.i18n().get("sample.draw.window", ref.caseNo()), loaded.root());
        dialogs.show(dialog);
        // the window's own event: it comes whether 关闭 or the title bar's × closed it
        dialog.getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.run());
    }
}
