package cn.screening.workstation.ui.shell;

import cn.screening.workstation.sync.SyncStatus.Level;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** The status bar's sync controls, bound to the ViewModel: the dot's colour follows the level, never the counts alone. */
record SyncBar(Label level, Label pending, Label detail, Label problems, Label error, ProgressIndicator progress,
               Button syncNow, Label conflictsBadge, Label quarantineBadge) {

    private static final String[] LEVEL_STYLES = {"sync-ok", "sync-pending", "sync-error"};

    static void bind(SyncBarViewModel vm, SyncBar bar) {
        bar.level.textProperty().bind(vm.levelText());
        bar.pending.textProperty().bind(vm.pendingText());
        bar.detail.textProperty().bind(vm.detailText());
        bar.problems.textProperty().bind(vm.problemsText());
        bar.error.textProperty().bind(vm.errorText());
        showWhenText(bar.problems);
        showWhenText(bar.error);
        bar.progress.visibleProperty().bind(vm.syncing());
        bar.progress.managedProperty().bind(vm.syncing());
        bar.syncNow.disableProperty().bind(vm.syncing());
        paint(bar.level, vm.level().get());
        vm.level().addListener((obs, old, now) -> paint(bar.level, now));
        badge(bar.conflictsBadge, vm.conflicts().asString(), vm.conflicts().greaterThan(0));
        badge(bar.quarantineBadge, vm.quarantined().asString(), vm.quarantined().greaterThan(0));
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void badge(Label badge, StringExpression text, BooleanExpression shown) {
        badge.textProperty().bind(text);
        badge.visibleProperty().bind(shown);
        badge.managedProperty().bind(badge.visibleProperty());
    }

    private static void paint(Node node, Level level) {
        node.getStyleClass().removeAll(LEVEL_STYLES);
        node.getStyleClass().add(switch (level) {
            case OK -> "sync-ok";
            case PENDING -> "sync-pending";
            case ERROR -> "sync-error";
        });
    }
}
