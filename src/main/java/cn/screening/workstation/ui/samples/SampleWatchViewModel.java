package cn.screening.workstation.ui.samples;

import cn.screening.workstation.service.specimen.NearingTube;
import cn.screening.workstation.service.specimen.SampleRow;
import cn.screening.workstation.service.specimen.TrackingPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tracking page: tubes nearing the 4-hour spin limit (county), samples past their limit, and the
 * journey of one sample found by its number.
 */
public final class SampleWatchViewModel {

    private final TrackingPort port;
    private final Tasks tasks;
    private final I18n i18n;
    private final TimelineText timelineText;
    private final boolean sender;
    private final ObservableList<NearingTube> nearing = FXCollections.observableArrayList();
    private final ObservableList<SampleRow> overdue = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param sender true at a site that draws and sends samples: it sees the spin-limit list */
    public SampleWatchViewModel(TrackingPort port, ScreenKit kit, boolean sender) {
        this.port = port;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.timelineText = new TimelineText(kit.i18n(), kit.time());
        this.sender = sender;
    }

    public void load() {
        tasks.run(() -> new Lists(sender ? port.nearing() : List.of(), port.overdue()))
                .onSuccess(l -> {
                    nearing.setAll(l.nearing());
                    overdue.setAll(l.overdue());
                })
                .busy(busy)
                .start();
    }

    private record Lists(List<NearingTube> nearing, List<SampleRow> overdue) {
    }

    /** Shows the journey of the sample with this number (typed or scanned). */
    public void find(String sampleNo) {
        String no = sampleNo == null ? "" : sampleNo.strip();
        if (no.isEmpty()) {
            return;
        }
        tasks.run(() -> port.timeline(no))
                .onSuccess(t -> {
                    timeline.setAll(t.map(timelineText::lines).orElse(List.of()));
                    message.set(t.isPresent() ? i18n.get("sample.timeline.of", no) : i18n.get("sample.timeline.unknown", no));
                })
                .busy(busy)
                .start();
    }

    public boolean sender() {
        return sender;
    }

    public TimelineText timelineText() {
        return timelineText;
    }

    public ObservableList<NearingTube> nearing() {
        return nearing;
    }

    public ObservableList<SampleRow> overdue() {
        return overdue;
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
