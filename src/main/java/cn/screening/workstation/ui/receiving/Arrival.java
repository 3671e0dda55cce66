package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.domain.specimen.ReceiptRules;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.ui.common.Numbers;
import cn.screening.workstation.ui.common.TimeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A box's arrival as the receiving form holds it: when (left empty: now) and the temperature read on arrival. */
record Arrival(Instant at, BigDecimal temperatureC) {

    /** Reads the form's text; a field that cannot be read adds its violation to {@code own}. */
    static Arrival read(String arrivedAt, String temperature, TimeText time, List<Violation> own) {
        Instant at = null;
        BigDecimal temp = null;
        try {
            at = time.parse(arrivedAt).orElse(time.instant());
        } catch (DateTimeParseException e) {
            own.add(Violation.error(ReceiptRules.ARRIVED_AT, "shipment.form.time"));
        }
        try {
            temp = Numbers.decimal(temperature).orElse(null);
        } catch (NumberFormatException e) {
            own.add(Violation.error(ReceiptRules.TEMPERATURE, "shipment.form.number"));
        }
        return new Arrival(at, temp);
    }
}
