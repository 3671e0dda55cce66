package cn.screening.workstation.ui.shell;

import java.util.Set;

/** A screen shown in the main window's centre; F5 and Ctrl+F reach it through these. */
public interface ShellContent {

    /** Called each time the screen is shown. */
    default void activated() {
    }

    /** Called when another screen replaces it: listeners that live only while shown stop here. */
    default void deactivated() {
    }

    /** F5: by default what showing the screen does, which reads its data again. */
    default void refresh() {
        activated();
    }

    /** A sync wrote records of these entity types here: a screen showing such records reads again. */
    default void pulled(Set<String> entityTypes) {
    }

    /** Ctrl+F: puts the cursor into the screen's search field, if it has one. */
    default boolean focusSearch() {
        return false;
    }
}
