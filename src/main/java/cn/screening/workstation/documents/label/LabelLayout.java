package cn.screening.workstation.documents.label;

/** How labels sit on paper: one per page for a roll printer, or a grid on A4 sheets of labels. */
public enum LabelLayout {
    /** Each page is exactly one label: thermal/roll label printers. */
    ONE_PER_PAGE,
    /** As many labels as fit on an A4 page, left to right, top to bottom. */
    A4_SHEET
}
