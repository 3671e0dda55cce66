package cn.screening.workstation.domain.registry;

import java.time.LocalDate;

/** One inhibitor measurement: ≥0.6 BU/mL is positive, &gt;5 high titre (DOMAIN §8 rule 16). */
public record InhibitorTitre(LocalDate date, double buPerMl, String method) {

    public boolean positive() {
        return buPerMl >= 0.6;
    }

    public boolean highTitre() {
        return buPerMl > 5;
    }
}
