package cn.screening.workstation.ui.cases;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;

/** 病例列表 and the case window (its samples and the referral button come from their features), wired. */
public final class CaseScreens {

    private final ScreenKit kit;
    private final Dialogs dialogs;
    private final Function<CaseDetails, Node> samples;
    private final Consumer<UUID> refer;
    private boolean mayRefer;

    /**
     * @param samples the case's samples, shown under its record
     * @param refer   opens a new up-referral of the case
     */
    public CaseScreens(ScreenKit kit, Dialogs dialogs, Function<CaseDetails, Node> samples, Consumer<UUID> refer) {
        this.kit = kit;
        this.dialogs = dialogs;
        this.samples = samples;
        this.refer = refer;
    }

    public void register(ScreenRegistry r, Services services) {
        var site = services.workspace().session().site();
        mayRefer = services.workspace().session().may(Permission.REFER);
        r.section(Section.CASES, CaseListController.class, () -> new CaseListController(new CaseListViewModel(
                services.caseBrowser(), services.rules(), site.countyCode(), kit), kit.i18n(), kit.zone(), this::show));
        r.controller(CaseDetailsController.class, () -> new CaseDetailsController(kit.i18n(), kit.texts(), kit.zone()));
    }

    /** The case window: its record and samples, and 转诊 for a user who may refer. */
    public void show(CaseDetails details) {
        var loaded = dialogs.load(CaseDetailsController.class);
        loaded.controller().show(details);
        Dialog<ButtonType> dialog = dialogs.closable(kit.i18n().get("cases.details.title", details.caseNo()),
                new VBox(loaded.root(), samples.apply(details)));
        if (mayRefer) {
            ButtonType button = new ButtonType(kit.i18n().get("cases.details.refer"), ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().add(0, button);
            dialog.getDialogPane().lookupButton(button).setId("referButton");
            dialog.setResultConverter(b -> {
                if (b == button) {
                    Platform.runLater(() -> refer.accept(details.screeningCase().id()));
                }
                return b;
            });
        }
        dialogs.show(dialog);
    }
}
