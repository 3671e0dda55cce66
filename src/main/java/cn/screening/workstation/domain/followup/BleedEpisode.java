package cn.screening.workstation.domain.followup;

import java.time.LocalDate;

/**
 * One bleed since the last visit.
 *
 * @param site  where: a joint (e.g. 左膝), a muscle, intracranial, GI
 * @param joint whether the site is a joint (counts toward the joint bleeding rate and target joints)
 */
public record BleedEpisode(LocalDate date, String site, boolean joint, BleedCause cause, String treatment) {
}
