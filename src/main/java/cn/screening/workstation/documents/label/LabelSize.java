package cn.screening.workstation.documents.label;

import cn.screening.workstation.documents.Fields;

/** A label's size in millimetres; tube labels are 50 × 30 mm unless the site's printer says otherwise. */
public record LabelSize(double widthMm, double heightMm) {

    public static final LabelSize DEFAULT = new LabelSize(50, 30);
    /** Below this the barcode and four lines of text no longer fit legibly. */
    static final double MIN_WIDTH_MM = 35;
    static final double MIN_HEIGHT_MM = 20;

    public LabelSize {
        if (!(widthMm >= MIN_WIDTH_MM && widthMm <= 210 && heightMm >= MIN_HEIGHT_MM && heightMm <= 297)) {
            throw Fields.refused("labelSize", "problem.labelSize");
        }
    }
}
