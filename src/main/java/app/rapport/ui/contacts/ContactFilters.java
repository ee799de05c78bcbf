package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TextCells;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** The list's filters and its count, bound to the list's view-model and said in the user's words. */
final class ContactFilters {
    private ContactFilters() {
    }

    static void bind(ComboBox<ContactKind> kindFilter, ComboBox<String> tagFilter, CheckBox showArchived,
                     Label resultCount, ContactsViewModel list, I18n i18n) {
        kindFilter.getItems().setAll(null, ContactKind.PERSON, ContactKind.ORGANISATION);
        Function<ContactKind, String> kind = k -> k == null ? i18n.get("contacts.kind.all")
                : i18n.get("contacts.kind." + k.name());
        kindFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContactKind k) {
                return kind.apply(k);
            }

            @Override
            public ContactKind fromString(String s) {
                return null;
            }
        });
        TextCells.label(kindFilter, kind);
        kindFilter.valueProperty().bindBidirectional(list.kindFilterProperty());
        Function<String, String> tag = t -> t == null ? i18n.get("contacts.tag.all") : t;
        tagFilter.setItems(list.tagChoices());
        tagFilter.valueProperty().bindBidirectional(list.tagFilterProperty());
        TextCells.label(tagFilter, tag);
        showArchived.selectedProperty().bindBidirectional(list.showArchivedProperty());
        resultCount.textProperty().bind(Bindings.createStringBinding(() -> {
            if (list.errorKeyProperty().get() != null) {
                return i18n.get(list.errorKeyProperty().get()); // a list that could not load says so, in words
            }
            int n = list.resultCountProperty().get();
            String text = list.searchTextProperty().get().strip();
            return text.isEmpty() ? i18n.format("contacts.count", n) : i18n.format("contacts.count.matching", n, text);
        }, list.resultCountProperty(), list.itemsProperty(), list.errorKeyProperty()));
    }
}
