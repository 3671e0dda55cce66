package cn.screening.workstation.domain.registry;

/**
 * How the patient is treated (DOMAIN §3).
 *
 * @param prophylaxis true for prophylaxis, false for on-demand
 * @param product     rFVIII, pdFVIII, PCC, cryoprecipitate, FFP, rFVIIa, aPCC, emicizumab
 * @param frequency   e.g. 每周3次
 */
public record TreatmentRegimen(boolean prophylaxis, String product, Double doseIuPerKg, String frequency, boolean homeTherapy) {

    public String describe() {
        StringBuilder s = new StringBuilder(prophylaxis ? "预防治疗" : "按需治疗");
        if (product != null && !product.isBlank()) {
            s.append(' ').append(product);
        }
        if (doseIuPerKg != null) {
            s.append(' ').append(doseIuPerKg.intValue() == doseIuPerKg ? String.valueOf(doseIuPerKg.intValue()) : doseIuPerKg)
                    .append(" IU/kg");
        }
        if (frequency != null && !frequency.isBlank()) {
            s.append(' ').append(frequency);
        }
        if (homeTherapy) {
            s.append("（家庭治疗）");
        }
        return s.toString();
    }
}
