package app.rapport.ui.network;

import app.rapport.domain.ties.TieType;
import app.rapport.ui.common.I18n;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.Spinner;

/** The Filters menu: its ticks and the least strength, and its two lists (the tie types and the tags shown, each a tick bound to the filters' set). */
final class FilterMenus {
    private FilterMenus() {
    }

    /** The four ticks and the least strength, each bound to the filters. */
    static void bind(MapFilters shown, CheckMenuItem people, CheckMenuItem organisations, CheckMenuItem hideArchived,
                     CheckMenuItem hideFlagged, Spinner<Integer> strength) {
        people.selectedProperty().bindBidirectional(shown.showPeopleProperty());
        organisations.selectedProperty().bindBidirectional(shown.showOrganisationsProperty());
        hideArchived.selectedProperty().bindBidirectional(shown.hideArchivedProperty());
        hideFlagged.selectedProperty().bindBidirectional(shown.hideFlaggedProperty());
        strength.valueProperty().addListener((obs, old, v) -> shown.minStrengthProperty().set(v));
    }

    static void fill(Menu tieTypes, Menu tags, MapFilters vm, I18n i18n) {
        for (TieType t : TieType.values()) {
            tieTypes.getItems().add(tick(i18n.get("tieType." + t.name()), t, vm.tieTypes()));
        }
        vm.tagChoices().addListener((ListChangeListener<String>) c -> {
            tags.getItems().clear();
            for (String tag : vm.tagChoices()) {
                tags.getItems().add(tick(tag, tag, vm.tags()));
            }
        });
    }

    private static <T> CheckMenuItem tick(String text, T value, Set<T> shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(shown.contains(value));
        item.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                shown.add(value);
            } else {
                shown.remove(value);
            }
        });
        return item;
    }
}
