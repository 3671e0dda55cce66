package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.followup.FollowUpRules;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.domain.identity.IdNumberRules;
import cn.screening.workstation.domain.ledger.DiseaseListSchedule;
import cn.screening.workstation.domain.ledger.LedgerRules;
import cn.screening.workstation.domain.patient.PatientRules;
import cn.screening.workstation.domain.referral.ReferralRules;
import cn.screening.workstation.domain.screening.ScreeningClassifier;
import cn.screening.workstation.domain.screening.ScreeningLimits;
import cn.screening.workstation.domain.specimen.ResultLimits;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.TurnaroundLimits;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.store.ReferenceRepository.ReferenceItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force and the reference data they read, and the one reader of the provincial settings
 * pulled from the server: every setting the workstation uses is checked here, once, when the rules
 * are built ({@link #withReference}). A pulled value that cannot be used keeps the shipped default
 * and says so in the log; the services read the settings from here, never from the store.
 */
public final class RuleBook {

    /** Keys of the provincial settings the rules read (the server publishes them as reference data). */
    public static final String ACTIVE_LIST_SIZE = "activeListSize";
    public static final String CHILD_AGE_LIMIT = "childAgeLimit";
    public static final String MIXING_MAX_SECONDS = "mixingMaxSecondsAbovePool";
    public static final String MIXING_MAX_PERCENT = "mixingMaxProlongationPercent";
    /** Which list was in force from which day, e.g. "21@2017-01-01;25@2019-12-31" (text; the ledger judges by it). */
    public static final String DISEASE_LIST_SCHEDULE = DiseaseListSchedule.SETTING_KEY;

    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

    private final DivisionCatalogue divisions;
    private final IdNumberPolicy idPolicy;
    private final ScreeningLimits limits;
    private final DiseaseCatalogue diseases;
    private final PatientRules patientRules;
    private final IdNumberRules idNumberRules;
    private final ScreeningClassifier classifier;
    private final Provincial provincial;
    private final RuleBook shipped;

    /** The provincial settings other than the screening limits and the disease list, already checked. */
    private record Provincial(FollowUpRules followUps, int referralValidityDays, SampleLimits samples, ResultLimits results,
                              TurnaroundLimits turnaround, DiseaseListSchedule listSchedule) {
        // no schedule: the activeListSize setting's one list, on every day
        static final Provincial DEFAULT = new Provincial(FollowUpRules.DEFAULT, ReferralRules.DEFAULT_VALIDITY_DAYS,
                SampleLimits.DEFAULT, ResultLimits.DEFAULT, TurnaroundLimits.DEFAULT, null);
    }

    public RuleBook(DivisionCatalogue divisions, IdNumberPolicy idPolicy, ScreeningLimits limits, DiseaseSettings diseaseSettings) {
        this(divisions, idPolicy, limits, DiseaseCatalogue.bundled(diseaseSettings), Provincial.DEFAULT, null);
    }

    private RuleBook(DivisionCatalogue divisions, IdNumberPolicy idPolicy, ScreeningLimits limits, DiseaseCatalogue diseases,
                     Provincial provincial, RuleBook shipped) {
        this.divisions = divisions;
        this.idPolicy = idPolicy;
        this.limits = limits;
        this.diseases = diseases;
        this.patientRules = new PatientRules(divisions, idPolicy);
        this.idNumberRules = new IdNumberRules(divisions, idPolicy);
        this.classifier = new ScreeningClassifier(limits);
        this.provincial = provincial;
        this.shipped = shipped == null ? this : shipped;
    }

    public static RuleBook defaults() {
        return new RuleBook(new DivisionCatalogue(), IdNumberPolicy.DEFAULT, ScreeningLimits.DEFAULT, DiseaseSettings.DEFAULT);
    }

    /** These rules with the workspace's pulled reference data laid over them (reads the store: not on the JavaFX thread). */
    public RuleBook forWorkspace(Workspace ws) {
        return ws.database().read(tx -> withReference(ws.syncStore().references().list(tx, EntityTypes.SETTING),
                ws.syncStore().references().list(tx, EntityTypes.DISEASE)));
    }

    /**
     * The shipped rules with the server's settings and disease catalogue laid over them. Each pulled
     * setting is taken or refused on its own, by one rule: it must be a number, a whole one where the
     * setting counts something, and the rules it belongs to must accept it; otherwise the shipped
     * default stays and the log says which setting was refused and why.
     */
    public RuleBook withReference(List<ReferenceItem> settings, List<ReferenceItem> pulledDiseases) {
        Map<String, JsonNode> pulled = new HashMap<>();
        for (ReferenceItem s : settings) {
            if (s.code() != null && s.payload() != null && s.payload().has("value")) {
                pulled.put(s.code(), s.payload().get("value"));
            }
        }
        RuleBook base = shipped;
        DiseaseSettings d = base.diseases.settings();
        DiseaseSettings diseaseSettings = settle(pulled, List.of(ACTIVE_LIST_SIZE, CHILD_AGE_LIMIT), m -> new DiseaseSettings(
                whole(m, ACTIVE_LIST_SIZE, d.activeListSize()), whole(m, CHILD_AGE_LIMIT, d.childAgeLimit())));
        ScreeningLimits l = base.limits;
        ScreeningLimits screeningLimits = settle(pulled, List.of(MIXING_MAX_SECONDS, MIXING_MAX_PERCENT), m -> new ScreeningLimits(
                decimal(m, MIXING_MAX_SECONDS, l.maxSecondsAbovePool()), decimal(m, MIXING_MAX_PERCENT, l.maxProlongationPercent())));
        FollowUpRules f = base.provincial.followUps();
        Provincial p = new Provincial(
                settle(pulled, List.of(FollowUpRules.KEY_INTERVAL, FollowUpRules.KEY_INHIBITOR, FollowUpRules.KEY_BACK_REFERRAL,
                        FollowUpRules.KEY_LOST), m -> new FollowUpRules(whole(m, FollowUpRules.KEY_INTERVAL, f.confirmedIntervalMonths()),
                        whole(m, FollowUpRules.KEY_INHIBITOR, f.inhibitorRetestMonths()),
                        whole(m, FollowUpRules.KEY_BACK_REFERRAL, f.afterBackReferralDays()),
                        whole(m, FollowUpRules.KEY_LOST, f.lostAfterFailedAttempts()))),
                settle(pulled, List.of(ReferralRules.KEY_VALIDITY_DAYS),
                        m -> positive(whole(m, ReferralRules.KEY_VALIDITY_DAYS, base.provincial.referralValidityDays()))),
                settle(pulled, List.of(SampleLimits.FILL, SampleLimits.DRAW_TO_SPIN_HOURS, SampleLimits.NEARING_MINUTES,
                        SampleLimits.MINUS20_DAYS, SampleLimits.MINUS70_DAYS), SampleLimits::of),
                settle(pulled, List.of(ResultLimits.SEVERE_BELOW, ResultLimits.MODERATE_MAX, ResultLimits.MILD_BELOW,
                        ResultLimits.REVIEW_MAX, ResultLimits.INHIBITOR_POSITIVE, ResultLimits.HIGH_TITRE, ResultLimits.VWF_LOW),
                        ResultLimits::of),
                settle(pulled, List.of(TurnaroundLimits.DRAW_TO_DISPATCH, TurnaroundLimits.DISPATCH_TO_RECEIPT,
                        TurnaroundLimits.RECEIPT_TO_RESULT), TurnaroundLimits::of),
                schedule(pulled.get(DISEASE_LIST_SCHEDULE)));
        List<Disease> catalogue = diseasesOf(pulledDiseases);
        DiseaseCatalogue diseaseCatalogue = new DiseaseCatalogue(catalogue.isEmpty() ? base.diseases.all() : catalogue, diseaseSettings);
        return new RuleBook(divisions, idPolicy, screeningLimits, diseaseCatalogue, p, base);
    }

    /** The rules as shipped, before any pulled setting: what a new pull is laid over. */
    public RuleBook shipped() {
        return shipped;
    }

    /** When a follow-up falls due and when it counts as lost. */
    public FollowUpRules followUpRules() {
        return provincial.followUps();
    }

    /** How many days a referral letter stays valid. */
    public int referralValidityDays() {
        return provincial.referralValidityDays();
    }

    public SampleLimits sampleLimits() {
        return provincial.samples();
    }

    public ResultLimits resultLimits() {
        return provincial.results();
    }

    public TurnaroundLimits turnaroundLimits() {
        return provincial.turnaround();
    }

    /** The treatment ledger's rules: the disease list in force on a diagnosis date, ICD-10, ages, costs. */
    public LedgerRules ledgerRules() {
        DiseaseListSchedule schedule = provincial.listSchedule();
        return schedule == null ? new LedgerRules(diseases) : new LedgerRules(diseases, schedule);
    }

    public DivisionCatalogue divisions() {
        return divisions;
    }

    public DiseaseCatalogue diseases() {
        return diseases;
    }

    public ScreeningLimits screeningLimits() {
        return limits;
    }

    public PatientRules patientRules() {
        return patientRules;
    }

    public IdNumberRules idNumberRules() {
        return idNumberRules;
    }

    public ScreeningClassifier classifier() {
        return classifier;
    }

    /** The pulled catalogue, or none (the bundled one stays) when any entry of it cannot be read. */
    private static List<Disease> diseasesOf(List<ReferenceItem> items) {
        List<Disease> out = new ArrayList<>();
        for (ReferenceItem item : items) {
            try {
                Disease d = WireJson.MAPPER.treeToValue(item.payload(), Disease.class);
                if (d == null || d.code() == null || d.icd10Pattern() == null) {
                    throw new IllegalArgumentException("incomplete disease " + item.code());
                }
                out.add(d);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                LOG.warn("pulled disease catalogue not usable, keeping the bundled one: {}", e.getMessage());
                return List.of();
            }
        }
        return out;
    }

    /** The pulled list schedule, or none (the single active list) when absent or unreadable. */
    private static DiseaseListSchedule schedule(JsonNode v) {
        if (v == null) {
            return null;
        }
        try {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("not text");
            }
            return DiseaseListSchedule.parse(v.asText());
        } catch (RuntimeException e) {
            LOG.warn("pulled setting {}={} not used, keeping the single active list: {}", DISEASE_LIST_SCHEDULE, shortened(v), e.getMessage());
            return null;
        }
    }

    /** Settings counted in whole units (days, months, percent of fill, list sizes); the others may be decimals. */
    private static final Set<String> WHOLE = Set.of(ACTIVE_LIST_SIZE, CHILD_AGE_LIMIT, FollowUpRules.KEY_INTERVAL,
            FollowUpRules.KEY_INHIBITOR, FollowUpRules.KEY_BACK_REFERRAL, FollowUpRules.KEY_LOST, ReferralRules.KEY_VALIDITY_DAYS,
            SampleLimits.FILL, SampleLimits.MINUS20_DAYS, SampleLimits.MINUS70_DAYS);

    /**
     * One group of settings (the values one rule record holds), taken key by key: each pulled value is
     * kept only when it is a number of the right kind and the group is still buildable with it.
     */
    private static <T> T settle(Map<String, JsonNode> pulled, List<String> keys, Function<Map<String, Number>, T> build) {
        Map<String, Number> accepted = new HashMap<>();
        for (String key : keys) {
            JsonNode v = pulled.get(key);
            if (v == null) {
                continue;
            }
            String refusal = WHOLE.contains(key) ? (v.isIntegralNumber() && v.canConvertToInt() ? null : "not a whole number")
                    : (v.isNumber() ? null : "not a number");
            if (refusal == null) {
                Map<String, Number> tried = new HashMap<>(accepted);
                tried.put(key, WHOLE.contains(key) ? v.intValue() : v.decimalValue());
                try {
                    build.apply(tried);
                    accepted = tried;
                } catch (IllegalArgumentException | ArithmeticException e) {
                    refusal = e.getMessage();
                }
            }
            if (refusal != null) {
                // a setting's value is provincial configuration, never patient data: safe to log as sent (shortened)
                LOG.warn("pulled setting {}={} not used, keeping the shipped default: {}", key, shortened(v), refusal);
            }
        }
        return build.apply(accepted);
    }

    private static String shortened(JsonNode v) {
        String text = v.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static int whole(Map<String, Number> m, String key, int fallback) {
        Number n = m.get(key);
        return n == null ? fallback : n.intValue();
    }

    private static BigDecimal decimal(Map<String, Number> m, String key, BigDecimal fallback) {
        Number n = m.get(key);
        return n == null ? fallback : new BigDecimal(n.toString());
    }

    private static int positive(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("must be at least 1: " + days);
        }
        return days;
    }
}
