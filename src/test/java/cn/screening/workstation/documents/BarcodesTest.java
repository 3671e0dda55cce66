package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BarcodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2107270001-000123", "0", "A", " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "ab CD 12 xyz", "99999999999999999999"})
    void aCode128ImageScansBackToTheSameText(String text) throws Exception {
        BufferedImage image = Barcodes.code128Image(text, 2, 60);

        assertThat(PrintedPdf.decode(image, BarcodeFormat.CODE_128)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2107270001-000123", "SH-2107270001-2026-0007", "标本 2107270001-000123 张*"})
    void aQrImageScansBackToTheSameTextChineseIncluded(String text) throws Exception {
        BufferedImage image = Barcodes.qrImage(text, 4);

        assertThat(PrintedPdf.decode(image, BarcodeFormat.QR_CODE)).isEqualTo(text);
    }

    @Test
    void theModulesCarryNoQuietZoneAndTheImagesAddIt() {
        boolean[] bars = Barcodes.code128Modules("2107270001-000123");
        assertThat(bars[0]).isTrue();
        assertThat(bars[bars.length - 1]).isTrue();
        BufferedImage image = Barcodes.code128Image("2107270001-000123", 3, 40);
        assertThat(image.getWidth()).isEqualTo((bars.length + 2 * Barcodes.CODE128_QUIET_MODULES) * 3);
        assertThat(image.getRGB(0, 20) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(Barcodes.CODE128_QUIET_MODULES * 3, 20) & 0xFFFFFF).isZero();

        BitMatrix qr = Barcodes.qrModules("2107270001-000123");
        assertThat(qr.get(0, 0)).isTrue();
        assertThat(Barcodes.qrImage("2107270001-000123", 2).getWidth()).isEqualTo((qr.getWidth() + 2 * Barcodes.QR_QUIET_MODULES) * 2);
    }

    @Test
    void digitRunsAreEncodedCompactly() {
        // code set C packs two digits per symbol: 20 digits cost far fewer modules than 20 letters
        assertThat(Barcodes.code128Modules("99999999999999999999").length)
                .isLessThan(Barcodes.code128Modules("AAAAAAAAAAAAAAAAAAAA").length * 2 / 3);
    }

    @Test
    void textACode128CannotCarryIsRefusedInChinese() {
        assertThatThrownBy(() -> Barcodes.code128Modules("标本1")).isInstanceOf(InvalidDocumentException.class)
                .hasMessage("条码内容：只能包含可打印的英文字母、数字和符号");
        assertThatThrownBy(() -> Barcodes.code128Modules("A\tB")).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> Barcodes.code128Modules("")).hasMessage("条码内容：不能为空");
        assertThatThrownBy(() -> Barcodes.qrModules(null)).hasMessage("条码内容：不能为空");
    }
}
