package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.domain.identity.IdNumberRules;
import cn.screening.workstation.domain.patient.PatientRules;
import cn.screening.workstation.domain.screening.ScreeningClassifier;
import cn.screening.workstation.domain.screening.ScreeningLimits;

/**
 * The rules in force and the reference data they read, built once per application. The
 * configurable parts (ID prefixes, mixing limits, disease list) are arguments, so reference data
 * from the provincial server can replace the built-in defaults.
 */
public final class RuleBook {

    private final DivisionCatalogue divisions;
    private final DiseaseCatalogue diseases;
    private final PatientRules patientRules;
    private final IdNumberRules idNumberRules;
    private final ScreeningClassifier classifier;

    public RuleBook(DivisionCatalogue divisions, IdNumberPolicy idPolicy, ScreeningLimits limits, DiseaseSettings diseaseSettings) {
        this.divisions = divisions;
        this.diseases = DiseaseCatalogue.bundled(diseaseSettings);
        this.patientRules = new PatientRules(divisions, idPolicy);
        this.idNumberRules = new IdNumberRules(divisions, idPolicy);
        this.classifier = new ScreeningClassifier(limits);
    }

    public static RuleBook defaults() {
        return new RuleBook(new DivisionCatalogue(), IdNumberPolicy.DEFAULT, ScreeningLimits.DEFAULT, DiseaseSettings.DEFAULT);
    }

    public DivisionCatalogue divisions() {
        return divisions;
    }

    public DiseaseCatalogue diseases() {
        return diseases;
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
}
