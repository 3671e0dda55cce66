package cn.screening.workstation.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private Locale saved;

    @BeforeEach
    void englishJvm() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void chineseIsChosenForZhEvenOnAnEnglishJvm() {
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).format("id.checksum")).isEqualTo("身份证号码校验位错误，请核对");
        assertThat(new Messages(Locale.CHINESE).format("id.checksum")).isEqualTo("身份证号码校验位错误，请核对");
        assertThat(Messages.chinese().format("id.checksum")).isEqualTo("身份证号码校验位错误，请核对");
    }

    @Test
    void chineseIsTheBaseForLanguagesWithoutABundle() {
        assertThat(new Messages(Locale.ROOT).format("id.checksum")).isEqualTo("身份证号码校验位错误，请核对");
        assertThat(new Messages(Locale.FRENCH).format("id.checksum")).isEqualTo("身份证号码校验位错误，请核对");
    }

    @Test
    void englishIsChosenForEn() {
        assertThat(new Messages(Locale.ENGLISH).format("id.checksum"))
                .isEqualTo("The check character of the ID number is wrong; please verify");
        assertThat(new Messages(Locale.UK).fieldLabel("id_number")).isEqualTo("ID number");
    }

    @Test
    void describeNamesTheFieldThenTheProblem() {
        Violation violation = Violation.error("id_number", "id.checksum");

        assertThat(Messages.chinese().describe(violation)).isEqualTo("身份证号码：身份证号码校验位错误，请核对");
        assertThat(Messages.chinese().fieldLabel("no_such_field")).isEqualTo("no_such_field");
    }
}
