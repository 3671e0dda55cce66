package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.domain.identity.IdNumberRules;
import cn.screening.workstation.domain.patient.PatientRules;
import cn.screening.workstation.domain.screening.ScreeningClassifier;
import cn.screening.workstation.domain.screening.ScreeningLimits;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force and the reference data they read. The configurable parts (ID prefixes, mixing
 * limits, disease list) are arguments: the built-in defaults, replaced by the reference data pulled
 * from the provincial server wherever it has sent a usable value ({@link #withReference}).
 */
public final class RuleBook {

    /** Keys of the provincial settings the rules read (the server publishes them as reference data). */
    public static final String ACTIVE_LIST_SIZE = "activeListSize";
    public static final String CHILD_AGE_LIMIT = "childAgeLimit";
    public static final String MIXING_MAX_SECONDS = "mixingMaxSecondsAbovePool";
    public static final String MIXING_MAX_PERCENT = "mixingMaxProlongationPercent";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

    private final DivisionCatalogue divisions;
    private final IdNumberPolicy idPolicy;
    private final ScreeningLimits limits;
    private final DiseaseCatalogue diseases;
    private final PatientRules patientRules;
    private final IdNumberRules idNumberRules;
    private final ScreeningClassifier classifier;

    public RuleBook(DivisionCatalogue divisions, IdNumberPolicy idPolicy, ScreeningLimits limits, DiseaseSettings diseaseSettings) {
        this(divisions, idPolicy, limits, DiseaseCatalogue.bundled(diseaseSettings));
    }

    private RuleBook(DivisionCatalogue divisions, IdNumberPolicy idPolicy, ScreeningLimits limits, DiseaseCatalogue diseases) {
        this.divisions = divisions;
        this.idPolicy = idPolicy;
        this.limits = limits;
        this.diseases = diseases;
        this.patientRules = new PatientRules(divisions, idPolicy);
        this.idNumberRules = new IdNumberRules(divisions, idPolicy);
        this.classifier = new ScreeningClassifier(limits);
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
     * These rules with the server's settings and disease catalogue where it sent them. A missing or
     * unusable value (wrong type, out of range) keeps the built-in one, so a bad publication never
     * leaves a form without rules.
     */
    public RuleBook withReference(List<ReferenceItem> settings, List<ReferenceItem> pulledDiseases) {
        Map<String, JsonNode> values = new HashMap<>();
        for (ReferenceItem s : settings) {
            if (s.code() != null && s.payload() != null && s.payload().has("value")) {
                values.put(s.code(), s.payload().get("value"));
            }
        }
        DiseaseSettings current = diseases.settings();
        DiseaseSettings diseaseSettings = usable(() -> new DiseaseSettings(
                intOr(values.get(ACTIVE_LIST_SIZE), current.activeListSize()),
                intOr(values.get(CHILD_AGE_LIMIT), current.childAgeLimit())), current);
        ScreeningLimits screeningLimits = usable(() -> new ScreeningLimits(
                decimalOr(values.get(MIXING_MAX_SECONDS), limits.maxSecondsAbovePool()),
                decimalOr(values.get(MIXING_MAX_PERCENT), limits.maxProlongationPercent())), limits);
        List<Disease> catalogue = diseasesOf(pulledDiseases);
        DiseaseCatalogue diseaseCatalogue = catalogue.isEmpty() ? new DiseaseCatalogue(diseases.all(), diseaseSettings)
                : new DiseaseCatalogue(catalogue, diseaseSettings);
        return new RuleBook(divisions, idPolicy, screeningLimits, diseaseCatalogue);
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

    private static <T> T usable(java.util.function.Supplier<T> pulled, T fallback) {
        try {
            return pulled.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            LOG.warn("pulled setting not usable, keeping {}: {}", fallback, e.getMessage());
            return fallback;
        }
    }

    private static int intOr(JsonNode v, int fallback) {
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("not a whole number: " + v);
        }
        return v.intValue();
    }

    private static BigDecimal decimalOr(JsonNode v, BigDecimal fallback) {
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("not a number: " + v);
        }
        return v.decimalValue();
    }
}
