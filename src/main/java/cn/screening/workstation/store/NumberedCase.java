package cn.screening.workstation.store;

import cn.screening.workstation.domain.cases.ScreeningCase;

/** A case with its case number, which the store keeps in its own column and sync sends beside the case. */
public record NumberedCase(String caseNo, ScreeningCase screeningCase) {
}
