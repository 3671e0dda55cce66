package cn.screening.workstation.documents.manifest;

import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.MaskedPatient;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One tube in a shipment box (DOMAIN §2 "Shipment manifest"): pseudonymous enough to travel,
 * the patient masked, the case number the lab reports back against.
 *
 * @param sampleId        e.g. 2107270001-000123
 * @param patient         masked name, sex, age, case number
 * @param drawnAt         draw time, the site's local time
 * @param tubeType        the printed label, e.g. 枸橼酸钠抗凝全血 3.2% or 冻存乏血小板血浆
 * @param aliquots        number of tubes/aliquots for this sample, at least 1
 * @param volumeMl        volume of each aliquot in mL; null when not measured (whole blood)
 * @param testsRequested  e.g. FⅧ:C、FⅨ:C、vWF:Ag; may be empty
 */
public record ManifestLine(String sampleId, MaskedPatient patient, LocalDateTime drawnAt, String tubeType,
                           int aliquots, BigDecimal volumeMl, String testsRequested) {

    public ManifestLine {
        sampleId = Fields.barcodeText("sampleId", sampleId).strip();
        Fields.required("patient", patient);
        Fields.required("drawnAt", drawnAt);
        tubeType = Fields.required("tubeType", tubeType);
        if (aliquots < 1) {
            throw Fields.refused("aliquots", "problem.atLeastOne");
        }
        if (volumeMl != null && volumeMl.signum() <= 0) {
            throw Fields.refused("volumeMl", "problem.positive");
        }
        testsRequested = Fields.masked("testsRequested", Fields.optional(testsRequested));
    }
}
