package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One blood sample drawn for a case, owned by the site that drew it. Once packed it is addressed to
 * the box's destination hospital, which then receives it by its number.
 *
 * @param sampleNo     site code + sequence, e.g. 450102001-000123 (printed as Code 128)
 * @param caseNo       the case's number, the second identifier on labels and manifests
 * @param maskedName   the patient's masked name, all the hospital ever sees of it
 * @param sex          the patient's sex code (GB/T 2261.1), for rule 17 at the lab
 * @param fillPercent  how full the tube is, percent of its nominal volume
 * @param storageTempC the storage temperature, °C; null while kept at room temperature
 * @param shipmentId   the box it is packed in, or null
 * @param destination  the designated hospital of that box, or null
 */
public record Sample(
        UUID id,
        String sampleNo,
        UUID caseId,
        String caseNo,
        String maskedName,
        String sex,
        String siteCode,
        TubeType tubeType,
        int fillPercent,
        Instant drawnAt,
        String drawnBy,
        Instant spunAt,
        Instant frozenAt,
        List<Aliquot> aliquots,
        Integer storageTempC,
        SampleStatus status,
        UUID shipmentId,
        String destination,
        SyncMeta meta) implements Synced<Sample> {

    public Sample {
        aliquots = aliquots == null ? List.of() : List.copyOf(aliquots);
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    public Sample packedInto(UUID box, String hospital) {
        return new Sample(id, sampleNo, caseId, caseNo, maskedName, sex, siteCode, tubeType, fillPercent, drawnAt, drawnBy, spunAt,
                frozenAt, aliquots, storageTempC, box == null ? SampleStatus.DRAWN : SampleStatus.PACKED, box, hospital, meta);
    }

    public Sample withStatus(SampleStatus s) {
        return new Sample(id, sampleNo, caseId, caseNo, maskedName, sex, siteCode, tubeType, fillPercent, drawnAt, drawnBy, spunAt,
                frozenAt, aliquots, storageTempC, s, shipmentId, destination, meta);
    }

    public Sample withMeta(SyncMeta m) {
        return new Sample(id, sampleNo, caseId, caseNo, maskedName, sex, siteCode, tubeType, fillPercent, drawnAt, drawnBy, spunAt,
                frozenAt, aliquots, storageTempC, status, shipmentId, destination, m);
    }
}
