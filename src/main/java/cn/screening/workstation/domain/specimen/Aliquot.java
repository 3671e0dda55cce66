package cn.screening.workstation.domain.specimen;

import java.math.BigDecimal;

/** One polypropylene aliquot of plasma and its volume in mL (DOMAIN §2: 0.5–1 mL, at least two). */
public record Aliquot(BigDecimal volumeMl) {
}
