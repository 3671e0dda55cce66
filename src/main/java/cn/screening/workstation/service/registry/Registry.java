package cn.screening.workstation.service.registry;

import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.followup.BleedEpisode;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.followup.Visit;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.registry.BleedingRates;
import cn.screening.workstation.domain.registry.Enrolment;
import cn.screening.workstation.domain.registry.RegistryEntry;
import cn.screening.workstation.domain.registry.RegistryRules;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.service.ExportMark;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.followup.FollowUps;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Tx;
import cn.screening.workstation.transfer.XlsxTableWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of confirmed hemophilia patients: enrolment (which starts the follow-up), the view
 * with figures derived from the recorded bleeds, and its XLSX export — masked unless the role may
 * export full IDs and a purpose is given (DOMAIN §8 rule 34), audited like every export.
 */
public final class Registry implements RegistryPort {

    private final Workspace ws;
    private final FollowUps followUps;
    private final Texts texts;
    private final ZoneId zone;

    public Registry(Workspace ws, FollowUps followUps, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.followUps = followUps;
        this.texts = texts;
        this.zone = zone;
    }

    /** Puts a confirmed patient in the registry and schedules their follow-up, in one transaction. */
    public RegistryEntry enrol(RegistryEntry entry) {
        ws.session().require(Permission.REGISTER);
        check(entry);
        return ws.database().write(ws.session().actor(), tx -> {
            if (ws.patients().findById(tx, entry.patientId()).isEmpty()) {
                throw new InvalidInput(new ValidationResult(List.of(RegistryRules.unknownPatient())));
            }
            if (!ws.registry().where(tx, "patient_id = ?", "id", entry.patientId()).isEmpty()) {
                throw new ServiceException("registry.already_enrolled");
            }
            RegistryEntry e = withSite(entry, entry.site() == null ? ws.session().site().siteCode() : entry.site());
            RegistryEntry stored = ws.registry().insert(tx, e);
            followUps.scheduleForConfirmed(tx, stored);
            return stored;
        });
    }

    /**
     * Enrols the patient of a case the lab confirmed (HA, HB or VWD), inside the pull that brought
     * the result: only the site holding the case does this, once per patient — the entry's id comes
     * from the patient, and a patient already in the registry is left as they are. The entry is
     * addressed to the confirming hospital, so its registry shows the patient too.
     */
    public void enrolConfirmed(Tx tx, ScreeningCase c, LabResult result) throws SQLException {
        if (ws.registry().findById(tx, Enrolment.idFor(c.patientId())).isPresent()
                || !ws.registry().where(tx, "patient_id = ?", "id", c.patientId()).isEmpty()) {
            return;
        }
        LocalDate on = LocalDate.ofInstant(result.confirmedAt(), zone);
        Optional<RegistryEntry> entry = Enrolment.fromResult(result, c.patientId(), ws.session().site().siteCode(), on);
        if (entry.isPresent()) {
            followUps.scheduleForConfirmed(tx, ws.registry().insert(tx, entry.get()));
        }
    }

    /** Saves an edit of an entry (a new titre, a changed regimen). */
    public RegistryEntry update(RegistryEntry entry) {
        ws.session().require(Permission.REGISTER);
        check(entry);
        return ws.database().write(ws.session().actor(), tx -> ws.registry().update(tx, entry, null));
    }

    @Override
    public List<RegistryRow> list() {
        ws.session().require(Permission.VIEW_REGISTRY);
        return ws.database().read(tx -> rows(tx, false));
    }

    /** Writes the registry to an XLSX file; how many rows. Full names and IDs need the permission and a purpose. */
    /** The register as the screen exports it: IDs masked. */
    @Override
    public int exportXlsx(Path out) {
        return exportXlsx(out, false, null);
    }

    public int exportXlsx(Path out, boolean fullIds, String purpose) {
        ws.session().require(Permission.VIEW_REGISTRY);
        if (fullIds && (!ws.session().may(Permission.EXPORT_FULL_ID) || purpose == null || purpose.isBlank())) {
            throw new ServiceException("export.full_id_refused");
        }
        List<RegistryRow> rows = ws.database().read(tx -> rows(tx, fullIds));
        List<List<?>> cells = rows.stream().map(this::cells).toList();
        try {
            new XlsxTableWriter().write(out, texts.get("registry.export.sheet"), List.of(texts.get("registry.export.header").split(",")),
                    cells, ExportMark.of(ws.session(), ws.database().clock().instant(), zone, purpose, texts));
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, out.toString());
        }
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.EXPORT, "registry", out.getFileName().toString(),
                    "rows=" + rows.size() + " full_ids=" + fullIds + (purpose == null ? "" : " purpose=" + purpose));
            return null;
        });
        return rows.size();
    }

    private List<RegistryRow> rows(Tx tx, boolean full) throws SQLException {
        LocalDate today = LocalDate.ofInstant(tx.now(), zone);
        List<RegistryRow> out = new ArrayList<>();
        for (RegistryEntry e : ws.registry().where(tx, "TRUE", "confirmed_on, id")) {
            Patient p = ws.patients().findById(tx, e.patientId()).orElse(null);
            List<FollowUp> schedules = ws.followUps().where(tx, "patient_id = ?", "next_due", e.patientId());
            List<Visit> visits = schedules.stream().flatMap(f -> f.visits().stream()).toList();
            List<BleedEpisode> bleeds = visits.stream().flatMap(v -> v.bleeds().stream()).toList();
            LocalDate firstVisit = visits.stream().map(Visit::date).min(Comparator.naturalOrder()).orElse(null);
            LocalDate lastVisit = visits.stream().map(Visit::date).max(Comparator.naturalOrder()).orElse(null);
            LocalDate from = e.confirmedOn() != null ? e.confirmedOn() : firstVisit;
            Set<String> targets = new LinkedHashSet<>(BleedingRates.targetJoints(bleeds));
            visits.stream().filter(Visit::reached).max(Comparator.comparing(Visit::date))
                    .ifPresent(v -> targets.addAll(v.targetJoints()));
            FollowUp routine = schedules.stream().filter(f -> f.kind() == FollowUpKind.ROUTINE).findFirst()
                    .orElse(schedules.isEmpty() ? null : schedules.get(0));
            LocalDate nextDue = schedules.stream().filter(f -> f.status() == FollowUpStatus.ACTIVE).map(FollowUp::nextDue)
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            out.add(new RegistryRow(e.id(), e.patientId(),
                    p == null ? sampleName(tx, e.caseId()) : full ? p.name() : Masking.name(p.name()),
                    p == null ? "" : full ? p.idNumber() : Masking.idNumber(p.idNumber()),
                    p == null ? null : p.sex(), p == null ? null : p.birthDate(), e.site(), e.type(), e.severity(),
                    e.baselineFactorPct(), e.confirmedOn(), e.confirmedBy(), e.inhibitorHistory(), e.peakTitre().orElse(null),
                    e.regimen() == null ? "" : e.regimen().describe(), bleeds.size(),
                    BleedingRates.annualRate(bleeds, from, today, false), BleedingRates.annualRate(bleeds, from, today, true),
                    List.copyOf(targets), from, lastVisit, routine == null ? null : routine.status(), nextDue));
        }
        return out;
    }

    /** The confirming hospital holds no patient: the masked name its tube carried is all it knows. */
    private String sampleName(Tx tx, java.util.UUID caseId) throws SQLException {
        return caseId == null ? "" : ws.specimens().samples().ofCase(tx, caseId).stream().map(s -> s.maskedName())
                .filter(Objects::nonNull).findFirst().orElse("");
    }

    private List<?> cells(RegistryRow r) {
        List<Object> c = new ArrayList<>();
        c.add(r.name());
        c.add(r.idNumber());
        c.add(r.sex() == null ? "" : texts.get("sex." + r.sex().name()));
        c.add(Objects.toString(r.birthDate(), ""));
        c.add(r.site());
        c.add(r.type() == null ? "" : r.type().zh());
        c.add(r.severity() == null ? "" : r.severity().zh());
        c.add(r.baselineFactorPct());
        c.add(Objects.toString(r.confirmedOn(), ""));
        c.add(Objects.toString(r.confirmedBy(), ""));
        c.add(texts.get(r.inhibitorHistory() ? "registry.yes" : "registry.no"));
        c.add(r.peakTitre());
        c.add(r.regimen());
        c.add(r.bleedsRecorded());
        c.add(r.annualBleedingRate());
        c.add(r.annualJointBleedingRate());
        c.add(String.join("、", r.targetJoints()));
        c.add(Objects.toString(r.lastVisit(), ""));
        c.add(r.followUpStatus() == null ? "" : r.followUpStatus().zh());
        c.add(Objects.toString(r.nextDue(), ""));
        return c;
    }

    private static void check(RegistryEntry e) {
        ValidationResult v = RegistryRules.check(e);
        if (v.hasErrors()) {
            throw new InvalidInput(v);
        }
    }

    private static RegistryEntry withSite(RegistryEntry e, String site) {
        return new RegistryEntry(e.id() == null ? Enrolment.idFor(e.patientId()) : e.id(), e.patientId(), e.caseId(), site, e.type(),
                e.severity(), e.baselineFactorPct(), e.confirmedOn(), e.confirmedBy(), e.inhibitorTitres(), e.regimen(), e.meta());
    }
}
