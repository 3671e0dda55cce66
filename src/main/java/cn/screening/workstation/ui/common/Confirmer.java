package cn.screening.workstation.ui.common;

/** Asks the user to confirm an irreversible step (a dialog in the app, an answer in tests); true to go on. */
@FunctionalInterface
public interface Confirmer {
    boolean confirm(String question);
}
