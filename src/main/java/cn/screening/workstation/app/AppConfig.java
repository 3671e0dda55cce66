package cn.screening.workstation.app;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.ui.common.FileTargets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the window is started with.
 *
 * @param language       "zh" or "en" from the command line; null means: as the settings say
 * @param firstSyncAfter how long after login background sync first probes the server
 * @param files          where screens ask for a file to save (PDFs, exports)
 * @param printer        the printer printed documents go to, when the machine has one
 */
public record AppConfig(Path dataFolder, String language, LockoutPolicy lockout, StoreOptions storeOptions, Clock clock,
                        Duration firstSyncAfter, FileTargets files, PdfPrinter printer) {

    public AppConfig(Path dataFolder, String language, LockoutPolicy lockout, StoreOptions storeOptions, Clock clock,
                     Duration firstSyncAfter) {
        this(dataFolder, language, lockout, storeOptions, clock, firstSyncAfter,
                FileTargets.chooser(dataFolder.resolve(cn.screening.workstation.service.Workstation.EXPORTS)), new PdfPrinter());
    }

    static final Duration FIRST_SYNC_AFTER = Duration.ofSeconds(3);

    public AppConfig(Path dataFolder, String language, LockoutPolicy lockout, StoreOptions storeOptions, Clock clock) {
        this(dataFolder, language, lockout, storeOptions, clock, FIRST_SYNC_AFTER);
    }

    /** The same, with background sync starting later (tests that press 立即同步 themselves). */
    public AppConfig withFirstSyncAfter(Duration delay) {
        return new AppConfig(dataFolder, language, lockout, storeOptions, clock, delay, files, printer);
    }

    /** The same, saving files and printing elsewhere (tests: a folder, and no printer). */
    public AppConfig withDocuments(FileTargets to, PdfPrinter by) {
        return new AppConfig(dataFolder, language, lockout, storeOptions, clock, firstSyncAfter, to, by);
    }

    static final String DATA = "data";
    static final String LANG = "lang";

    public static AppConfig of(Path dataFolder, String language) {
        return new AppConfig(dataFolder, language, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
    }

    /** From the named parameters {@code --data=...} and {@code --lang=...} of {@code Application.launch}. */
    static AppConfig fromParameters(Map<String, String> named) {
        String data = named.get(DATA);
        Path folder = data != null ? Path.of(data) : Path.of(System.getProperty("user.home"), ".screening-workstation");
        String lang = named.get(LANG);
        return of(folder, lang == null || lang.isBlank() ? null : lang);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
