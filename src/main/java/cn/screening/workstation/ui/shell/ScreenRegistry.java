package cn.screening.workstation.ui.shell;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The controllers of one session's screens, by class, and the one each section shows. Every feature
 * registers its own (its {@code FooScreens}); the view loader builds them from here.
 */
public final class ScreenRegistry {

    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
    private final Map<Section, Class<?>> sections = new EnumMap<>(Section.class);

    /** A controller a view of the feature names (a dialog's, a part of a page). */
    public <C> void controller(Class<C> type, Supplier<? extends C> make) {
        controllers.put(type, make);
    }

    /** The controller of the page a section of the navigation shows. */
    public <C> void section(Section section, Class<C> type, Supplier<? extends C> make) {
        controller(type, make);
        sections.put(section, type);
    }

    public Map<Class<?>, Supplier<?>> controllers() {
        return Map.copyOf(controllers);
    }

    public Class<?> controllerOf(Section section) {
        Class<?> type = sections.get(section);
        if (type == null) {
            throw new IllegalStateException("no screen registered for " + section);
        }
        return type;
    }
}
