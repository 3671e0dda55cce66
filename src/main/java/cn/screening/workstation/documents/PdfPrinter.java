package cn.screening.workstation.documents;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a PDF this package wrote to the system's default printer, or says there is none so the
 * caller can offer "save as PDF" instead. Blocking: call it off the JavaFX thread (ui.common.Tasks).
 */
public final class PdfPrinter {

    /** What became of a print request. */
    public enum Outcome {
        /** Handed to the printer's queue (whether paper came out is the printer's business). */
        SENT,
        /** The machine has no printer: offer to save the PDF instead. */
        NO_PRINTER
    }

    private final Supplier<Optional<PrintService>> printers;

    /** The operating system's default printer. */
    public PdfPrinter() {
        this(() -> Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()));
    }

    /** A chosen printer source; tests give one that finds none. */
    public PdfPrinter(Supplier<Optional<PrintService>> printers) {
        this.printers = printers;
    }

    public boolean hasPrinter() {
        return printers.get().isPresent();
    }

    /** What writes one document into a file. */
    @FunctionalInterface
    public interface Render {
        void to(Path file) throws IOException;
    }

    /** Renders into a temporary PDF and prints it, then deletes it; with no printer nothing is rendered. */
    public Outcome print(String jobName, Render render) throws IOException {
        if (!hasPrinter()) {
            return Outcome.NO_PRINTER;
        }
        Path file = Files.createTempFile(jobName + "-", ".pdf");
        try {
            render.to(file);
            return print(file, jobName);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Prints every page at its own size (a 50 × 30 mm label page goes out as such), without a dialog. */
    public Outcome print(Path pdf, String jobName) throws IOException {
        Optional<PrintService> printer = printers.get();
        if (printer.isEmpty()) {
            return Outcome.NO_PRINTER;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(printer.get());
            job.setPageable(new PDFPageable(document));
            job.print();
            return Outcome.SENT;
        } catch (PrinterException e) {
            throw new IOException(DocumentTexts.chinese().text("print.failed", e.getMessage()), e);
        }
    }
}
