package cn.screening.workstation.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where a screen asks for a file to write: a file chooser in the app, a fixed folder in screen tests. */
@FunctionalInterface
public interface FileTargets {

    /**
     * @param pattern e.g. {@code *.pdf}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> saveAs(Window owner, String title, String initialName, String description, String pattern);

    /** The system's save dialog. */
    static FileTargets chooser() {
        return chooser(null);
    }

    /** The system's save dialog, opening in {@code initialFolder} when it exists (the data folder's owner-only exports/). */
    static FileTargets chooser(Path initialFolder) {
        return (owner, title, initialName, description, pattern) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            if (initialFolder != null && initialFolder.toFile().isDirectory()) {
                chooser.setInitialDirectory(initialFolder.toFile());
            }
            chooser.setInitialFileName(initialName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    /** Always this folder, the file named as proposed: for tests, where no dialog can be answered. */
    static FileTargets folder(Path folder) {
        return (owner, title, initialName, description, pattern) -> Optional.of(folder.resolve(initialName));
    }
}
