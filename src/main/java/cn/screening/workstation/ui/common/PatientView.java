package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.PatientRecord;

/** Shows an opened patient as the 患者 list does, with one more button offering {@code offer} (none when null). */
@FunctionalInterface
public interface PatientView {

    void show(PatientRecord record, String offerText, Runnable offer);
}
