package cn.screening.workstation.domain.ledger;

import java.util.Optional;

/** Who pays part of an admission's cost (the seed's payers), in the order the settlement list has them. */
public enum Payer {
    BASIC_INSURANCE("基本医保"),
    SERIOUS_ILLNESS_INSURANCE("大病保险"),
    EMERGENCY_AID("疾病应急救助"),
    MEDICAL_AID("医疗救助"),
    POVERTY_SUPPLEMENT_INSURANCE("健康扶贫补充保险"),
    TEMPORARY_AID("临时救助"),
    CHARITY("慈善救助");

    private final String zh;

    Payer(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public static Optional<Payer> ofZh(String text) {
        for (Payer p : values()) {
            if (p.zh.equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
