package cn.screening.workstation.domain.screening;

/** The 1:1 mixing test with normal pooled plasma. */
public enum MixingOutcome {
    NOT_DONE,
    /** 纠正: points to a factor deficiency */
    CORRECTS,
    /** 不纠正: points to an inhibitor or lupus anticoagulant */
    DOES_NOT_CORRECT
}
