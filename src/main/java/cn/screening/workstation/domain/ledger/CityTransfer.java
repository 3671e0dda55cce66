package cn.screening.workstation.domain.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * 转市级: moving up to the city designated hospital needs the city expert group's consultation (date
 * and experts) and the transfer certificate of the county designated hospital (number and issuer).
 */
public record CityTransfer(LocalDate consultationDate, List<String> experts, String certificateNo, String issuingHospital) {

    public CityTransfer {
        experts = experts == null ? List.of() : List.copyOf(experts);
    }
}
