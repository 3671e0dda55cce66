package cn.screening.workstation.ui.registration;

import java.util.List;

/** The questions saving may have to ask; the view answers them with dialogs, tests with fixed answers. */
public interface RegistrationDialogs {

    /** Lists the warnings; true when the user has read them and saves anyway. */
    boolean acknowledgeWarnings(List<String> warnings);

    /** "该身份证号码已登记": what to do with the patient already registered under this number. */
    DuplicateChoice duplicateFound(String maskedName, String maskedIdNumber);

    enum DuplicateChoice { OPEN_RECORD, ADD_CASE, CANCEL }
}
