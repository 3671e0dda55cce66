package cn.screening.workstation.ui.samples;

import cn.screening.workstation.domain.specimen.SampleTimeline;
import cn.screening.workstation.service.specimen.TrackingPort;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;

/** The samples part of the case window: each sample's journey, and 采血登记 for those who draw. */
public final class CaseSamplesController {

    private final TrackingPort port;
    private final Tasks tasks;
    private final I18n i18n;
    private final TimelineText text;
    private final boolean mayDraw;
    private final BiConsumer<CaseRef, Runnable> draw;
    private CaseRef shown;

    @FXML private Button drawButton;
    @FXML private ListView<String> timelineList;

    /** @param draw opens the sample-draw form for the case (a dialog in the app), then runs the second argument when it closes */
    public CaseSamplesController(TrackingPort port, Tasks tasks, I18n i18n, TimelineText text, boolean mayDraw,
                                 BiConsumer<CaseRef, Runnable> draw) {
        this.port = port;
        this.tasks = tasks;
        this.i18n = i18n;
        this.text = text;
        this.mayDraw = mayDraw;
        this.draw = draw;
    }

    @FXML
    private void initialize() {
        drawButton.setVisible(mayDraw);
        drawButton.setManaged(mayDraw);
        Forms.wrappingCells(timelineList);
        timelineList.setPlaceholder(new javafx.scene.control.Label(i18n.get("sample.case.none")));
    }

    /** Reads the case's samples in the background and lists their journeys. */
    public void show(CaseRef ref) {
        shown = ref;
        tasks.run(() -> port.ofCase(ref.caseId())).onSuccess(this::list).start();
    }

    private void list(List<SampleTimeline> timelines) {
        List<String> lines = new ArrayList<>();
        for (SampleTimeline t : timelines) {
            lines.add(i18n.get("sample.timeline.of", t.sampleNo()));
            text.lines(t).forEach(l -> lines.add("    " + l));
        }
        timelineList.getItems().setAll(lines);
    }

    @FXML
    private void onDraw() {
        if (shown != null) {
            CaseRef ref = shown;
            draw.accept(ref, () -> show(ref)); // the new tube joins the list when the form closes
        }
    }
}
