package cn.screening.workstation.ui.common;

import cn.screening.workstation.domain.division.Division;
import java.util.List;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/** Shows a division by its name; typing a name finds it among the current choices. */
public final class DivisionConverter extends StringConverter<Division> {

    private final Supplier<List<Division>> choices;

    public DivisionConverter(Supplier<List<Division>> choices) {
        this.choices = choices;
    }

    @Override
    public String toString(Division d) {
        return d == null ? "" : d.name();
    }

    @Override
    public Division fromString(String text) {
        return choices.get().stream().filter(d -> d.name().equals(text)).findFirst().orElse(null);
    }
}
