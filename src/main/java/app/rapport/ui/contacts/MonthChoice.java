package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TextCells;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A birthday's month: none, or January to December by its name in the user's language. */
final class MonthChoice {
    private MonthChoice() {
    }

    static void bind(ComboBox<Integer> box, ObjectProperty<Integer> month, I18n i18n) {
        box.getItems().add(null);
        IntStream.rangeClosed(1, 12).forEach(box.getItems()::add);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : name(m, i18n);
            }

            @Override
            public Integer fromString(String s) {
                throw new IllegalStateException("not editable");
            }
        });
        TextCells.label(box, m -> m == null ? i18n.get("month.none") : name(m, i18n));
        box.valueProperty().bindBidirectional(month);
    }

    private static String name(int month, I18n i18n) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, i18n.locale());
    }
}
