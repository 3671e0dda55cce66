package cn.screening.workstation.service;

import cn.screening.workstation.domain.screening.ScreeningResult;
import cn.screening.workstation.domain.validation.ValidationResult;
import java.util.UUID;

/** What registering a case gave. Only {@link Saved} wrote anything. */
public sealed interface RegistrationOutcome {

    record Saved(UUID caseId, String caseNo, UUID patientId, ScreeningResult screening, ValidationResult warnings)
            implements RegistrationOutcome { }

    /** Errors: each names its field; nothing was saved. */
    record Invalid(ValidationResult result) implements RegistrationOutcome { }

    /** Only warnings: saved once the user acknowledges them. */
    record NeedsAcknowledgement(ValidationResult warnings) implements RegistrationOutcome { }

    /** The ID number is registered already: the existing patient is offered instead (rule 6). */
    record DuplicateIdentity(UUID existingPatientId, String maskedName, String maskedIdNumber) implements RegistrationOutcome {

        /** DOMAIN §8 rule 6, as the user reads it. */
        public String messageKey() {
            return "registration.duplicate_id";
        }
    }
}
