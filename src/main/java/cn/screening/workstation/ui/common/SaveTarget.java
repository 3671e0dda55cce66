package cn.screening.workstation.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the user wants a PDF saved: a file chooser in the app, a fixed folder in screen tests. */
@FunctionalInterface
public interface SaveTarget {

    /** @return empty when the user cancelled */
    Optional<Path> choose(Window owner, String title, String fileName);

    /** The system's save dialog, PDF files only. */
    static SaveTarget pdfChooser() {
        return (owner, title, fileName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    /** No dialog: every document goes into {@code folder} under its proposed name. */
    static SaveTarget into(Path folder) {
        return (owner, title, fileName) -> Optional.of(folder.resolve(fileName));
    }
}
