package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.domain.validation.Violation;

/**
 * What a tube scanned at the receiving desk came to, with the box as it now stands (read in the
 * scan's own transaction): taken in, or refused with the rule's reason (scanned twice, unknown,
 * of another box). A refusal is an answer, not an error: the number may still be noted as unexpected.
 */
public sealed interface TubeScan {

    ArrivingBox box();

    record Taken(TubeVerdict tube, ArrivingBox box) implements TubeScan {
    }

    record Refused(Violation reason, ArrivingBox box) implements TubeScan {

        /** The refusal in one Chinese sentence naming the field, as {@link SpecimenRefused} words it. */
        public String sentence() {
            return SpecimenRefused.describe(reason);
        }
    }
}
