package cn.screening.workstation.transfer;

import org.apache.poi.ss.usermodel.Sheet;

/** Puts an export's mark (who, when, what for) in a sheet's printed footer, where every printed page shows it. */
final class SheetFooter {

    private SheetFooter() {
    }

    static void mark(Sheet sheet, String mark) {
        if (mark != null && !mark.isBlank()) {
            // '&' starts a field code in Excel's header/footer text; doubled it is a plain '&'
            sheet.getFooter().setLeft(mark.replace("&", "&&"));
        }
    }
}
