package cn.screening.workstation.ui;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.specimen.SpecimenPrints;
import cn.screening.workstation.ui.common.ErrorReporter;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.Navigator;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.Section;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Screen kits for tests: in Chinese, no printer, files saved in the temporary folder unless a test gives its own. */
public final class Kits {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private Kits() {
    }

    /** Work on the calling thread, the system clock, a navigator that goes nowhere. */
    public static ScreenKit direct(ErrorReporter errors) {
        return kit(Tasks.direct(errors), Clock.systemDefaultZone(), nowhere());
    }

    public static ScreenKit kit(Tasks tasks, Clock clock, Navigator navigator) {
        return kit(tasks, new I18n(ZH), clock, navigator, FileTargets.folder(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    public static ScreenKit kit(Tasks tasks, I18n i18n, Clock clock, Navigator navigator, FileTargets files) {
        return new ScreenKit(tasks, new Texts(i18n.locale()), i18n, clock, navigator, files, new PdfPrinter(Optional::empty));
    }

    /** Manifests and labels on a PC without a printer; each file a document is saved to goes to {@code saved}. */
    public static SpecimenPrints noPrinter(Consumer<Path> saved) {
        return new SpecimenPrints() {
            @Override
            public PdfPrinter.Outcome printManifest(UUID boxId) {
                return PdfPrinter.Outcome.NO_PRINTER;
            }

            @Override
            public void saveManifest(UUID boxId, Path file) {
                saved.accept(file);
            }

            @Override
            public PdfPrinter.Outcome printLabel(UUID sampleId) {
                return PdfPrinter.Outcome.NO_PRINTER;
            }

            @Override
            public void saveLabel(UUID sampleId, Path file) {
                saved.accept(file);
            }
        };
    }

    public static Navigator nowhere() {
        return navigator(() -> { }, s -> { }, id -> { });
    }

    /** A navigator that only tells when something was saved. */
    public static Navigator changed(Runnable changed) {
        return navigator(changed, s -> { }, id -> { });
    }

    public static Navigator navigator(Runnable changed, Consumer<Section> show, Consumer<String> showCasesOf) {
        return new Navigator() {
            @Override
            public void show(Section section) {
                show.accept(section);
            }

            @Override
            public void showCasesOf(String idNumber) {
                showCasesOf.accept(idNumber);
            }

            @Override
            public void dataChanged() {
                changed.run();
            }
        };
    }
}
