package cn.screening.workstation.ui.samples;

import java.util.UUID;

/** The case a sample is drawn for, as the form heads it: its number and the masked name. */
public record CaseRef(UUID caseId, String caseNo, String maskedName) {
}
