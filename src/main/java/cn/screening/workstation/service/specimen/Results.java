package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.ResultCheck;
import cn.screening.workstation.domain.specimen.ResultEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The lab enters and confirms results; the county reads what its cases came to. */
public final class Results {

    private final SpecimenContext ctx;

    Results(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** Accepted tubes at this lab and how far their results are. */
    public List<AwaitingResult> awaiting() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The numbers read and checked, the derived class and suggested diagnosis; nothing saved. */
    public ResultCheck preview(String sampleNo, ResultEntry entry) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Saves the results of a tube (confirmed when the entry carries a diagnosis). Refused for a
     * rejected or unknown tube, text or out-of-range numbers, or a broken rule 11–16.
     */
    public ResultOutcome enter(String sampleNo, ResultEntry entry, boolean warningsAcknowledged) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<LabResult> ofSample(UUID sampleId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** What the samples of a case came to (county side). */
    public CaseLabOutcome outcomeOfCase(UUID caseId) {
        throw new UnsupportedOperationException("not yet");
    }
}
