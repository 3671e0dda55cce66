package cn.screening.workstation.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Feeds the rows of a workbook's first sheet to a collector. Streams the sheet XML rather than
 * building the whole workbook in memory, so a 100,000-row list costs little.
 */
final class XlsxPatientListSource {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxPatientListSource.class);

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private XlsxPatientListSource() {
    }

    static void read(Path file, RowSink collector) throws PatientListException {
        OPCPackage pkg = openPackage(file);
        try {
            requireWorkbook(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new PatientListException("transfer.file.empty");
            }
            try (InputStream sheet = sheets.next()) {
                RowHandler rows = new RowHandler(collector);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new TextFormatter(), false));
                xml.parse(new InputSource(sheet));
                rows.rethrow();
            }
        } catch (PatientListException e) {
            throw e;
        } catch (Aborted e) {
            throw e.reason;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            Aborted aborted = findAborted(e);
            if (aborted != null) {
                throw aborted.reason;
            }
            LOG.debug("Cannot read the first sheet of {}", file.getFileName(), e);
            throw new PatientListException(e, "transfer.xlsx.damaged");
        } catch (Exception e) {
            LOG.debug("Cannot read {} as a workbook", file.getFileName(), e);
            throw new PatientListException(e, "transfer.xlsx.notWorkbook");
        } finally {
            // revert, not close: close() of a read-only package warns that it meant to save it
            pkg.revert();
        }
    }

    private static OPCPackage openPackage(Path file) throws PatientListException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            // Any zip that is not an Office Open XML package: a .zip, an .ods, a broken download.
            LOG.debug("{} is a zip but not an Office Open XML package", file.getFileName(), e);
            throw new PatientListException(e, "transfer.xlsx.notWorkbook");
        }
    }

    /** A .docx or .pptx is a valid package too; only a workbook will do. */
    private static void requireWorkbook(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        if (main == null || !WORKBOOK_TYPES.contains(main.getContentType())) {
            throw new PatientListException("transfer.xlsx.notWorkbook");
        }
    }

    private static Aborted findAborted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Aborted a) {
                return a;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof Aborted a) {
                return a;
            }
        }
        return null;
    }

    /** Carries a collector's verdict out of the SAX callbacks, which cannot throw checked exceptions. */
    private static final class Aborted extends RuntimeException {
        private final PatientListException reason;

        Aborted(PatientListException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink collector;
        private final List<String> cells = new ArrayList<>();
        private PatientListException failure;

        RowHandler(RowSink collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                collector.accept(rowNum + 1, cells);
            } catch (PatientListException e) {
                failure = e;
                throw new Aborted(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (column == cells.size()) {
                cells.add(formattedValue == null ? "" : formattedValue);
            } else {
                cells.set(column, formattedValue == null ? "" : formattedValue);
            }
        }

        void rethrow() throws PatientListException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Text as the user sees it, except dates: 出生日期 must arrive as yyyy-MM-dd whatever date
     * format the sheet shows. An ID number typed as a number keeps Excel's rendering (2.10727E+17
     * or zeros for lost digits) so that validation rejects it rather than us guessing digits.
     */
    private static final class TextFormatter extends DataFormatter {
        private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

        TextFormatter() {
            super(Locale.CHINA);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            // value < 1 is a time of day, not a date
            boolean date = value >= 1 && DateUtil.isADateFormat(formatIndex, formatString);
            if (date && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904);
                if (dateTime != null) {
                    return ISO_DATE.format(dateTime);
                }
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
