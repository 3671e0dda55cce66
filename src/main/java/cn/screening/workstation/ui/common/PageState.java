package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What a form page shows besides its fields: the message line, whether work is under way, and each field's problem. */
public final class PageState {

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldProblems problems;

    public PageState(Texts texts, I18n i18n) {
        this.problems = new FieldProblems(texts, i18n);
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public FieldProblems problems() {
        return problems;
    }
}
