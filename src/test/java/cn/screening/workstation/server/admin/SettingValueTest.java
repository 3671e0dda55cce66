package cn.screening.workstation.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** `server setting set --value`: a number stays a number (stored as the seeded settings are), anything else is text. */
class SettingValueTest {

    @Test
    void numbersStayNumbersAndTheRestIsText() {
        assertThat(SettingCommand.parse(" 4 ")).isEqualTo(JsonNodeFactory.instance.numberNode(4)); // equal to the seeded value
        assertThat(SettingCommand.parse("7.5").isNumber()).isTrue();
        assertThat(SettingCommand.parse("7.5").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(SettingCommand.parse("-1").asInt()).isEqualTo(-1); // the store refuses it, with its own sentence
        assertThat(SettingCommand.parse("21@2017-01-01;25@2019-12-31").isTextual()).isTrue();
        assertThat(SettingCommand.parse("10天").asText()).isEqualTo("10天");
        assertThat(SettingCommand.parse("1e3").isTextual()).isTrue();
    }
}
