package cn.screening.workstation.service.specimen;

import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.label.TubeLabel;
import cn.screening.workstation.documents.manifest.ManifestLine;
import cn.screening.workstation.documents.manifest.ShipmentManifest;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.Tx;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The input of printed tube labels and box manifests: the patient masked (name via Masking when the
 * sample was drawn), identified by birth date or case number, times in the site's zone.
 */
public final class SpecimenDocuments {

    private final SpecimenContext ctx;
    private final Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);

    SpecimenDocuments(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    public List<TubeLabel> labels(List<UUID> sampleIds) {
        return ctx.read(tx -> {
            List<TubeLabel> out = new ArrayList<>();
            for (UUID id : sampleIds) {
                Sample s = sample(tx, id);
                Optional<Patient> p = patient(tx, s);
                out.add(new TubeLabel(s.sampleNo(), masked(s, p), p.map(Patient::birthDate).orElse(null), local(s.drawnAt()),
                        specimenType(s), s.drawnBy()));
            }
            return out;
        });
    }

    public ShipmentManifest manifest(UUID boxId) {
        return ctx.read(tx -> {
            Shipment box = ctx.store().shipments().findById(tx, boxId)
                    .orElseThrow(() -> SpecimenContext.refused(ShipmentRules.BOX, "specimen.box.none"));
            List<ManifestLine> lines = new ArrayList<>();
            for (Sample s : ctx.store().samples().inBox(tx, boxId)) {
                BigDecimal volume = s.aliquots().isEmpty() ? null : s.aliquots().get(0).volumeMl();
                lines.add(new ManifestLine(s.sampleNo(), masked(s, patient(tx, s)), local(s.drawnAt()), specimenType(s),
                        Math.max(1, s.aliquots().size()), volume, texts.get("specimen.document.tests")));
            }
            return new ShipmentManifest(box.boxNo(), box.boxNo(), ctx.ws.session().site().name(), null,
                    siteName(tx, box.destination()), box.courier(), box.trackingNo(), local(box.packedAt()), local(box.dispatchedAt()),
                    box.condition() == null ? texts.get("specimen.condition.unset") : texts.get("specimen.condition." + box.condition().name()),
                    box.dryIceKg(), box.loggerId(), box.packingTempC(), lines);
        });
    }

    private Sample sample(Tx tx, UUID id) throws SQLException {
        return ctx.store().samples().findById(tx, id)
                .orElseThrow(() -> SpecimenContext.refused(ShipmentRules.TUBE, "specimen.box.unknown", id));
    }

    private Optional<Patient> patient(Tx tx, Sample s) throws SQLException {
        if (s.caseId() == null) {
            return Optional.empty();
        }
        var c = ctx.ws.cases().findById(tx, s.caseId());
        return c.isEmpty() ? Optional.empty() : ctx.ws.patients().findById(tx, c.get().patientId());
    }

    private MaskedPatient masked(Sample s, Optional<Patient> p) {
        String sex = Sex.ofCode(s.sex()).map(x -> texts.get("sex." + x.name())).orElse("");
        String age = p.map(Patient::birthDate).map(b -> texts.get("specimen.document.age",
                        Period.between(b, LocalDate.ofInstant(ctx.now(), ctx.zone)).getYears()))
                .orElse("");
        return new MaskedPatient(s.maskedName(), sex, age, s.caseNo());
    }

    private String specimenType(Sample s) {
        return texts.get(s.frozen() ? "specimen.document.frozen_plasma" : "specimen.document.whole_blood");
    }

    private String siteName(Tx tx, String code) throws SQLException {
        return ctx.ws.syncStore().references().list(tx, EntityTypes.SITE).stream()
                .filter(i -> code.equals(i.code())).map(i -> i.payload().path("name").asText(code)).findFirst().orElse(code);
    }

    private LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ctx.zone);
    }

}
