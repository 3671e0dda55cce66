package cn.screening.workstation.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.StringConverter;

/** Small bindings every form repeats. */
public final class Forms {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private Forms() {
    }

    /** A combo box of an enum's constants, labelled from the ui bundle, bound both ways. */
    public static <E extends Enum<E>> void enumChoice(ComboBox<E> box, Class<E> type, I18n i18n, Property<E> value) {
        box.setItems(FXCollections.observableArrayList(type.getEnumConstants()));
        box.setConverter(i18n.converter(type, ""));
        box.valueProperty().bindBidirectional(value);
    }

    /** A list of sentences that wrap instead of running off the side. */
    /**
     * A filter's choices with a leading empty entry meaning "any" ({@code all}); it follows the list
     * as it is loaded, and replacing the items keeps the choice (the box could otherwise pick by the old index).
     */
    public static <T> void choiceWithAll(ComboBox<T> box, ObservableList<T> source, Function<T, String> text, String all) {
        refill(box, source);
        source.addListener((ListChangeListener<T>) c -> refill(box, source));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? all : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return source.stream().filter(v -> text.apply(v).equals(s)).findFirst().orElse(null);
            }
        });
    }

    private static <T> void refill(ComboBox<T> box, ObservableList<T> source) {
        T keep = box.getValue();
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(source);
        box.getItems().setAll(items);
        box.setValue(keep != null && source.contains(keep) ? keep : null);
    }

    public static void wrappingCells(ListView<String> list) {
        list.setCellFactory(l -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(l.widthProperty().subtract(24));
            return cell;
        });
    }

    /** A date picker the keyboard can fill: yyyy-MM-dd, and 20100101 too. */
    public static void isoDate(DatePicker picker, Property<LocalDate> value) {
        picker.setEditable(true);
        picker.setPromptText("yyyy-MM-dd");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String s = text == null ? "" : text.strip();
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    return s.matches("\\d{8}") ? LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(s, ISO);
                } catch (DateTimeParseException e) {
                    return picker.getValue(); // keep the last good date rather than throwing at the user
                }
            }
        });
        picker.valueProperty().bindBidirectional(value);
    }
}
