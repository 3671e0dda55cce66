package cn.screening.workstation.service;

import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input refused by the rules: each violation names its field; nothing was saved. */
public class InvalidInput extends ServiceException {

    private final transient ValidationResult result;

    public InvalidInput(ValidationResult result) {
        super("error.invalid_input", describe(result));
        this.result = result;
    }

    public ValidationResult result() {
        return result;
    }

    /** "转诊原因：转诊须填写接收机构及转诊原因；…", in Chinese, the language of the records. */
    private static String describe(ValidationResult result) {
        Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
        return result.errors().stream().map(m::describe).collect(Collectors.joining("；"));
    }
}
