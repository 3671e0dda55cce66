package cn.screening.workstation.documents.label;

import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.MaskedPatient;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One tube's label (DOMAIN §2 "Label"): the sample ID as Code 128 and as text, two patient
 * identifiers, the draw time, the specimen type and the collector. Rule 24 holds by construction:
 * the masked name plus the birth date or the case number, and the draw time, are required.
 *
 * @param sampleId     site code + sequence, e.g. 2107270001-000123; printable ASCII
 * @param patient      masked name and case number (sex and age are not printed on a tube)
 * @param birthDate    the second identifier when given; otherwise the case number is
 * @param drawnAt      draw date and time, in the site's local time
 * @param specimenType the printed label, e.g. 枸橼酸钠抗凝全血 3.2%
 * @param collector    who drew the blood
 */
public record TubeLabel(String sampleId, MaskedPatient patient, LocalDate birthDate, LocalDateTime drawnAt,
                        String specimenType, String collector) {

    public TubeLabel {
        sampleId = Fields.barcodeText("sampleId", sampleId).strip();
        Fields.required("patient", patient);
        if (birthDate == null && patient.caseNumber().isEmpty()) {
            throw Fields.refused("secondIdentifier", "problem.twoIdentifiers");
        }
        Fields.required("drawnAt", drawnAt);
        specimenType = Fields.required("specimenType", specimenType);
        collector = Fields.required("collector", collector);
    }

    /** The second identifier as printed: the birth date when known, else the case number. */
    public String secondIdentifier() {
        return birthDate != null ? birthDate.toString() : patient.caseNumber();
    }
}
