package cn.screening.workstation.transfer;

/** What a file's first bytes say it is, whatever its name says. */
enum FileSignature {
    /** PK\3\4: a zip, which an .xlsx is. */
    ZIP(0x50, 0x4B, 0x03, 0x04),
    /** The OLE2 compound file of Excel 97–2003 (.xls), and of password-protected .xlsx. */
    OLE2(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
    UTF8_BOM(0xEF, 0xBB, 0xBF),
    UTF16LE_BOM(0xFF, 0xFE),
    UTF16BE_BOM(0xFE, 0xFF);

    private final int[] magic;

    FileSignature(int... magic) {
        this.magic = magic;
    }

    boolean matches(byte[] bytes) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
