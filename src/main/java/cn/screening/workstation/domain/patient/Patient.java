package cn.screening.workstation.domain.patient;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person registered at a site. The ID number is stored normalised (18 digits, upper-case X,
 * 15-digit numbers upgraded); sex and birth date agree with it for a resident ID.
 *
 * @param ethnicityCode GB 3304 two-digit code, e.g. "01" for 汉族
 * @param guardian      null when none is recorded
 * @param registeredSite the site code that registered the patient: it owns the demographics
 */
public record Patient(
        UUID id,
        String name,
        IdType idType,
        String idNumber,
        Sex sex,
        LocalDate birthDate,
        String ethnicityCode,
        String phone,
        Address address,
        Guardian guardian,
        PovertyStatus povertyStatus,
        InsuranceType insurance,
        String registeredSite,
        SyncMeta meta) {
}
