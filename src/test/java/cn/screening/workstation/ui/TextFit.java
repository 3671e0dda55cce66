package cn.screening.workstation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** Finds text a screen shows cut off: a Labeled's skin renders a shortened text ("…") when it does not fit. */
public final class TextFit {

    private TextFit() {
    }

    /** Each shown Labeled whose rendered text is not its whole text: "section: whole → shown". */
    public static List<String> cutOff(String where, Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && shown(l) && l.getText() != null && !l.getText().isBlank()
                    && l.getTextOverrun() != OverrunStyle.CLIP) {
                String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=\\S)", "") : l.getText();
                l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).map(c -> ((Text) c).getText()).findFirst()
                        .filter(rendered -> !rendered.replace("\n", "").equals(whole.replace("\n", "")))
                        .ifPresent(rendered -> out.add(where + ": " + whole + " → " + rendered));
            }
        });
        return out;
    }

    /** {@link #cutOff} read on the FX thread, from a test's thread. */
    public static List<String> cutOffOnFx(String where, Parent root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> cutOff(where, root)).get(20, TimeUnit.SECONDS);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void walk(Node n, Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }
}
