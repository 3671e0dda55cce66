package cn.screening.workstation.ui.shell;

/** What a screen may ask of the main window, without knowing it. */
public interface Navigator {

    void show(Section section);

    /** Opens the case list filtered to one ID number (e.g. the patient registration found registered already). */
    void showCasesOf(String idNumber);

    /** Something was saved: the status bar re-reads what waits for sync. */
    void dataChanged();
}
