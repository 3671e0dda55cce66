package cn.screening.workstation.transfer;

import static cn.screening.workstation.transfer.PatientListFixtures.ID;
import static cn.screening.workstation.transfer.PatientListFixtures.ID2;
import static cn.screening.workstation.transfer.PatientListFixtures.assertRefused;
import static cn.screening.workstation.transfer.PatientListFixtures.header;
import static cn.screening.workstation.transfer.PatientListFixtures.row;
import static cn.screening.workstation.transfer.PatientListFixtures.workbook;
import static cn.screening.workstation.transfer.PatientListFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a patient list cannot be read from, and the reason each one gives. */
class PatientListDamagedInputTest {

    private static final Charset UTF8 = StandardCharsets.UTF_8;
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    private final PatientListReader reader = new PatientListReader();


    @Test
    void emptyFile() throws Exception {
        assertRefused(reader, write(dir, "empty.csv", "", UTF8), "transfer.file.empty");
    }

    @Test
    void onlyABomAndBlankLines() throws Exception {
        assertRefused(reader, write(dir, "blank.csv", "\uFEFF\r\n , \r\n", UTF8), "transfer.file.empty");
    }

    @Test
    void binaryBytes() throws Exception {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        Path file = dir.resolve("random.csv");
        Files.write(file, bytes);

        assertRefused(reader, file, "transfer.file.notText");
    }

    @Test
    void anImageNamedCsv() throws Exception {
        Path file = dir.resolve("photo.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D});

        assertRefused(reader, file, "transfer.file.notText");
    }

    @Test
    void headerOnly() throws Exception {
        assertRefused(reader, write(dir, "header.csv", "姓名,身份证号码,性别\r\n\r\n", UTF8), "transfer.rows.none");
    }

    @Test
    void missingIdColumn() throws Exception {
        PatientListException e = assertRefused(reader, write(dir, "noid.csv", "姓名,性别\n张三,男\n", UTF8),
                "transfer.header.missing");

        assertThat(e.args()).containsExactly("身份证号码");
        assertThat(new TransferMessages(Locale.CHINA).text(e)).isEqualTo("缺少必需的列：身份证号码");
    }

    @Test
    void noHeaderAtAll() throws Exception {
        PatientListException e = assertRefused(reader, write(dir, "data.csv", "张三," + ID + "\n", UTF8),
                "transfer.header.missing");

        assertThat(e.args()).containsExactly("姓名、身份证号码");
    }

    @Test
    void aWebPageSavedAsXls() throws Exception {
        Path file = write(dir, "export.xls", "<html><body><table><tr><td>姓名</td><td>身份证号码</td></tr></table>", UTF8);

        assertRefused(reader, file, "transfer.file.webPage");
    }

    @Test
    void oldExcelMagic() throws Exception {
        Path file = dir.resolve("old.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }

        assertRefused(reader, file, "transfer.file.oldExcel");
    }

    @Test
    void oldExcelMagicBehindAnXlsxName() throws Exception {
        Path file = dir.resolve("renamed.xlsx");
        byte[] bytes = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Files.write(file, bytes);

        assertRefused(reader, file, "transfer.file.oldExcel");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }

        assertRefused(reader, file, "transfer.xlsx.encrypted");
    }

    @Test
    void aZipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("list.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("patients.csv"));
            zip.write(("姓名,身份证号码\n张三," + ID + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRefused(reader, file, "transfer.xlsx.notWorkbook");
    }

    @Test
    void aWordDocumentNamedXlsx() throws Exception {
        Path file = dir.resolve("letter.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("姓名,身份证号码");
            doc.write(out);
        }

        assertRefused(reader, file, "transfer.xlsx.notWorkbook");
    }

    @Test
    void aWorkbookWithNothingInIt() throws Exception {
        assertRefused(reader, workbook(dir, "blank.xlsx", (wb, sheet) -> { }), "transfer.file.empty");
    }

    @Test
    void wrongExtension() throws Exception {
        PatientListException e = assertRefused(reader, write(dir, "list.docx", "姓名,身份证号码\n张三," + ID + "\n", UTF8),
                "transfer.file.unsupportedType");

        assertThat(e.args()).containsExactly("list.docx");
    }

    @Test
    void noExtension() throws Exception {
        assertRefused(reader, write(dir, "list", "姓名,身份证号码\n张三," + ID + "\n", UTF8), "transfer.file.unsupportedType");
    }

    @Test
    void aFileThatDoesNotExist() {
        assertRefused(reader, dir.resolve("gone.csv"), "transfer.file.unreadable");
    }

    @Test
    void tooManyRows() throws Exception {
        Path file = write(dir, "long.csv", "姓名,身份证号码\n甲," + ID + "\n乙," + ID + "\n丙," + ID + "\n", UTF8);

        PatientListException e = catchThrowableOfType(PatientListException.class, () -> new PatientListReader(2).read(file));

        assertThat(e.messageKey()).isEqualTo("transfer.rows.tooMany");
        assertThat(e.args()).containsExactly(2);
        assertThat(new PatientListReader(3).read(file).rows()).hasSize(3);
    }

    @Test
    void tooManyRowsInAWorkbook() throws Exception {
        Path file = workbook(dir, "long.xlsx", (wb, sheet) -> {
            header(sheet, "姓名", "身份证号码");
            for (int i = 1; i <= 5; i++) {
                row(sheet, i, "甲" + i, ID);
            }
        });

        PatientListException e = catchThrowableOfType(PatientListException.class, () -> new PatientListReader(4).read(file));

        assertThat(e.messageKey()).isEqualTo("transfer.rows.tooMany");
    }

    @Test
    void unpairedQuote() throws Exception {
        Path file = write(dir, "quote.csv", "姓名,身份证号码\n张三," + ID + "\n\"李四," + ID2 + "\n王五,1\n", UTF8);

        PatientListException e = assertRefused(reader, file, "transfer.file.badQuotes");

        assertThat(e.args()).containsExactly(3);
    }

    @Test
    void gbkBytesLateInAUtf8File() throws Exception {
        StringBuilder head = new StringBuilder("姓名,身份证号码\n");
        for (int i = 0; i < 4000; i++) {
            head.append("张三,").append(ID).append('\n');
        }
        byte[] utf8 = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] gbk = ("李四," + ID2 + "\n").getBytes(GBK);
        byte[] all = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        Path file = dir.resolve("mixed.csv");
        Files.write(file, all);

        PatientListException e = assertRefused(reader, file, "transfer.file.badEncoding");

        assertThat(e.args()).containsExactly(4002L);
    }
}
