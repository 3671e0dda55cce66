package cn.screening.workstation.ui.shell;

import cn.screening.workstation.sync.SyncStatus.Snapshot;
import java.util.Set;
import java.util.function.Consumer;

/** What the status bar may ask of this session's sync, without knowing the scheduler. */
public interface SyncControl {

    /** The one listener told of each new snapshot, on whatever thread made it; null stops telling. */
    void show(Consumer<Snapshot> listener);

    /** The one listener told which entity types each sync wrote here, on the sync thread; null stops telling. */
    default void whenPulled(Consumer<Set<String>> listener) {
    }

    /** Reads the counts again (a store read: not on the FX thread). */
    Snapshot refresh();

    /** Asks for one full sync at once; returns without waiting for it. */
    void syncNow();
}
