package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.specimen.Destination;
import cn.screening.workstation.ui.common.Numbers;
import cn.screening.workstation.ui.common.TimeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The box's dispatch details as typed: courier, tracking number, condition, dry ice, logger, temperatures, time. */
public final class DispatchForm {

    /** The packing temperature: required by the rules for a frozen box; a number that is no number is the form's own problem. */
    public static final String PACKING_TEMP = ShipmentRules.PACKING_TEMP;

    final ObservableList<Destination> hospitals = FXCollections.observableArrayList();
    final ObjectProperty<Destination> destination = new SimpleObjectProperty<>();
    final StringProperty courier = new SimpleStringProperty("");
    final StringProperty trackingNo = new SimpleStringProperty("");
    final ObjectProperty<ShipmentCondition> condition = new SimpleObjectProperty<>(ShipmentCondition.ROOM_TEMPERATURE);
    final StringProperty dryIceKg = new SimpleStringProperty("");
    final StringProperty loggerId = new SimpleStringProperty("");
    final StringProperty packingTempC = new SimpleStringProperty("");
    final StringProperty dispatchedAt = new SimpleStringProperty("");

    /** The hospitals a box may go to; the first is offered until one is chosen. */
    void offer(List<Destination> list) {
        hospitals.setAll(list);
        if (destination.get() == null && !hospitals.isEmpty()) {
            destination.set(hospitals.get(0));
        }
    }

    /** Whom the list names a box's destination by. */
    String hospitalName(String code) {
        return hospitals.stream().filter(h -> h.siteCode().equals(code)).map(Destination::name).findFirst().orElse(code == null ? "" : code);
    }

    /** Shows what a box already holds (a dispatched box shows what it left with). */
    void show(Shipment box, TimeText time) {
        destination.set(hospitals.stream().filter(h -> h.siteCode().equals(box.destination())).findFirst()
                .orElse(box.destination() == null ? null : new Destination(box.destination(), box.destination())));
        courier.set(nz(box.courier()));
        trackingNo.set(nz(box.trackingNo()));
        condition.set(box.condition() == null ? ShipmentCondition.ROOM_TEMPERATURE : box.condition());
        dryIceKg.set(Numbers.show(box.dryIceKg()));
        loggerId.set(nz(box.loggerId()));
        packingTempC.set(Numbers.show(box.packingTempC()));
        dispatchedAt.set(box.dispatchedAt() == null ? "" : time.show(box.dispatchedAt()));
    }

    /**
     * The details, or the form's own problems (numbers and times it cannot read, details a box of
     * these tubes must carry) into {@code problems}.
     */
    Optional<DispatchDetails> read(TimeText time, boolean frozenTubes, List<Violation> problems) {
        BigDecimal ice = number(dryIceKg.get(), ShipmentRules.DRY_ICE, problems);
        BigDecimal temp = number(packingTempC.get(), PACKING_TEMP, problems);
        Instant at = null;
        try {
            at = time.parse(dispatchedAt.get()).orElse(time.instant()); // left empty: it leaves now
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(Violation.error(ShipmentRules.DISPATCHED_AT, "shipment.form.time"));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        DispatchDetails details = new DispatchDetails(blankToNull(courier.get()), blankToNull(trackingNo.get()), at,
                condition.get(), condition.get() == ShipmentCondition.DRY_ICE ? ice : null, blankToNull(loggerId.get()), temp);
        problems.addAll(ShipmentRules.missingDetails(details, frozenTubes));
        return problems.isEmpty() ? Optional.of(details) : Optional.empty();
    }

    private static BigDecimal number(String text, String field, List<Violation> problems) {
        try {
            return Numbers.decimal(text).orElse(null);
        } catch (NumberFormatException e) {
            problems.add(Violation.error(field, "shipment.form.number"));
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<Destination> destination() {
        return destination;
    }

    public StringProperty courier() {
        return courier;
    }

    public StringProperty trackingNo() {
        return trackingNo;
    }

    public ObjectProperty<ShipmentCondition> condition() {
        return condition;
    }

    public StringProperty dryIceKg() {
        return dryIceKg;
    }

    public StringProperty loggerId() {
        return loggerId;
    }

    public StringProperty packingTempC() {
        return packingTempC;
    }

    public StringProperty dispatchedAt() {
        return dispatchedAt;
    }
}
