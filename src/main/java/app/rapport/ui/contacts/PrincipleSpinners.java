package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Spinners that follow an integer of the view-model both ways: the strength and the eight principles. */
final class PrincipleSpinners {
    private PrincipleSpinners() {
    }

    /** One row per principle: its name and a value from 0 to 5. */
    static void fill(Pane principles, RelationshipViewModel vm, I18n i18n) {
        for (int i = 0; i < RelationshipViewModel.PRINCIPLES.size(); i++) {
            String name = i18n.get("principle." + RelationshipViewModel.PRINCIPLES.get(i));
            Spinner<Integer> value = new Spinner<>();
            value.setPrefWidth(80);
            value.setAccessibleText(name);
            bind(value, 0, 5, vm.principle(i));
            Label label = new Label(name);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox pair = new HBox(10, label, gap, value);
            pair.setAlignment(Pos.CENTER_LEFT);
            principles.getChildren().add(pair);
        }
    }

    static void bind(Spinner<Integer> spinner, int min, int max, IntegerProperty value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, 3));
        spinner.getValueFactory().valueProperty().addListener((obs, old, v) -> value.set(v));
        value.addListener((obs, old, v) -> spinner.getValueFactory().setValue(v.intValue()));
    }
}
