package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.validation.Violation;

/**
 * What a tube scanned into a box at the county came to: packed, with the box as it now stands (read
 * in the same transaction), or refused with the rule's reason (unknown number, in another open box,
 * already sent, failing a sample rule). A refusal is an answer, not an error; nothing was saved.
 */
public sealed interface BoxScan {

    record Packed(Sample tube, BoxContents box) implements BoxScan {
    }

    record Refused(Violation reason) implements BoxScan {

        /** The refusal in one Chinese sentence naming the field, as {@link SpecimenRefused} words it. */
        public String sentence() {
            return SpecimenRefused.describe(reason);
        }
    }
}
