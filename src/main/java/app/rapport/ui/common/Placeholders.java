package app.rapport.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * What an empty table or list says: "Loading…" until its first query has answered, and only then its
 * empty-state message ("Nobody is due this week."), which would be untrue before.
 */
public final class Placeholders {
    private Placeholders() {
    }

    public static void whileLoading(ObjectProperty<Node> placeholder, ObservableBooleanValue loaded, I18n i18n,
                                    String emptyKey) {
        Label loading = new Label(i18n.get("common.loading"));
        loading.getStyleClass().add("loading-placeholder");
        Label empty = new Label(i18n.get(emptyKey));
        empty.setWrapText(true);
        placeholder.bind(Bindings.when(loaded).<Node>then(empty).otherwise(loading));
    }
}
