package cn.screening.workstation.bench;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.service.ImportPreview;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.PatientImport;
import cn.screening.workstation.service.RuleBook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The real import beside the repository path: a patient list CSV as counties receive it, of people
 * not yet in the store, read, judged and registered through {@link PatientImport} (parsing, the
 * form's rules, the duplicate check, outbox and audit), timed from file to last commit.
 */
final class ImportRun {

    private static final String HEADER = "姓名,身份证号码,性别,出生日期,联系电话,乡镇（街道）,村（居）委会,人员类别";

    private ImportRun() {
    }

    /** Imports {@code rows} synthetic patients from a CSV written to {@code file}; the file is deleted afterwards. */
    static Map<String, String> run(PatientImport importer, RuleBook rules, Path file, int rows, long seed, Instant now) {
        writeList(file, rules, rows, seed, now);
        try {
            long t0 = System.nanoTime();
            ImportPreview preview = importer.preview(file);
            ImportSummary summary = importer.commit(preview);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("import_rows", Integer.toString(summary.rows()));
            figures.put("import_imported", Integer.toString(summary.imported()));
            figures.put("import_s", String.format(Locale.ROOT, "%.1f", seconds));
            figures.put("import_per_s", Long.toString(Math.round(summary.rows() / seconds)));
            return figures;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary list in the bench's own folder: left behind, it harms nothing
            }
        }
    }

    /**
     * People of 义县 the load did not make: the load's ID numbers end their sequence code in
     * 000-499, so the same birth dates with 500 added are new numbers (sex digit unchanged).
     */
    static void writeList(Path file, RuleBook rules, int rows, long seed, Instant now) {
        SyntheticCases gen = new SyntheticCases(rows, seed ^ 0x5eed, rules.divisions(), now, CaseBench.SITE.siteCode(), CaseBench.ADMIN);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (int n = 0; n < rows; n++) {
                Patient p = gen.next(n).patient();
                String id = p.idNumber();
                String first17 = id.substring(0, 14) + (char) (id.charAt(14) + 5) + id.substring(15, 17);
                String township = rules.divisions().find(p.address().townshipCode()).map(Division::name).orElse("");
                w.write(String.join(",", p.name(), first17 + IdNumber.checkCharacter(first17), p.sex() == Sex.MALE ? "男" : "女",
                        p.birthDate().toString(), p.phone() == null ? "" : p.phone(), township,
                        p.address().villageName() == null ? "" : p.address().villageName(), "一般人员"));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
