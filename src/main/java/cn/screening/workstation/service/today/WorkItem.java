package cn.screening.workstation.service.today;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing waiting on the user.
 *
 * @param kind     what sort of work, e.g. {@code referral.answer}; a screen opens the record by it
 * @param recordId the referral, follow-up, conflict or outbox record concerned
 * @param title    a short line, patient masked
 * @param due      when it is due, or null
 */
public record WorkItem(String kind, UUID recordId, String title, LocalDate due, boolean overdue) {
}
