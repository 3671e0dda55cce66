package cn.screening.workstation.service.registry;

import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.registry.HemophiliaType;
import cn.screening.workstation.domain.registry.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One confirmed patient as the registry view shows it (DOMAIN §3): name and ID masked unless the
 * caller asked for full ones and may see them.
 *
 * @param annualBleedingRate      bleeds per year over the observed period, null when it is under a day
 * @param annualJointBleedingRate joint bleeds per year over the same period
 * @param observedFrom            start of the observed period (confirmation, or the first visit)
 * @param followUpStatus          of the patient's routine schedule, null when none
 */
public record RegistryRow(
        UUID entryId,
        UUID patientId,
        String name,
        String idNumber,
        Sex sex,
        LocalDate birthDate,
        String site,
        HemophiliaType type,
        Severity severity,
        Double baselineFactorPct,
        LocalDate confirmedOn,
        String confirmedBy,
        boolean inhibitorHistory,
        Double peakTitre,
        String regimen,
        int bleedsRecorded,
        Double annualBleedingRate,
        Double annualJointBleedingRate,
        List<String> targetJoints,
        LocalDate observedFrom,
        LocalDate lastVisit,
        FollowUpStatus followUpStatus,
        LocalDate nextDue) {
}
