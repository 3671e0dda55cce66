package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.validation.ValidationResult;
import java.math.BigDecimal;

/** Typed results read and checked: the values, what they derive to, and the rules they break. */
public record ResultCheck(ValidationResult violations, FactorActivity fviii, FactorActivity fix, BigDecimal vwfAg,
                          BigDecimal bethesdaBu, HemophiliaSeverity derivedSeverity, Diagnosis suggestedDiagnosis,
                          boolean inhibitorPositive, boolean highTitre, boolean needsReview, HemophiliaSeverity severity) {
}
