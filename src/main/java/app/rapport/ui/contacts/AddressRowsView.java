package app.rapport.ui.contacts;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Editable postal addresses; exactly one can be chosen as the mailing address. */
final class AddressRowsView {
    private final VBox box;
    private final ContactEditorViewModel vm;
    private final I18n i18n;

    AddressRowsView(VBox box, ContactEditorViewModel vm, I18n i18n) {
        this.box = box;
        this.vm = vm;
        this.i18n = i18n;
        vm.addresses().addListener((ListChangeListener<AddressRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        box.getChildren().clear();
        ToggleGroup mailing = new ToggleGroup();
        for (AddressRow row : vm.addresses()) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            grid.getStyleClass().add("address-card");
            for (int pct : new int[] {30, 40, 30}) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(pct);
                grid.getColumnConstraints().add(c);
            }
            TextField street = field(row.streetProperty(), "editor.street");
            TextField postal = field(row.postalCodeProperty(), "editor.postalCode");
            TextField city = field(row.localityProperty(), "editor.locality");
            TextField region = field(row.regionProperty(), "editor.region");
            TextField country = field(row.countryProperty(), "editor.country");
            grid.add(street, 0, 0, 3, 1);
            grid.add(postal, 0, 1);
            grid.add(city, 1, 1, 2, 1);
            grid.add(region, 0, 2, 2, 1);
            grid.add(country, 2, 2);

            RadioButton isMailing = new RadioButton(i18n.get("editor.mailing"));
            isMailing.setToggleGroup(mailing);
            isMailing.setSelected(row.mailingProperty().get());
            isMailing.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    vm.makeMailing(row);
                }
            });
            Button remove = new Button(i18n.get("editor.remove"), new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip(i18n.get("editor.remove")));
            remove.setOnAction(e -> vm.addresses().remove(row));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox actions = new HBox(8, isMailing, spacer, remove);

            Label error = new Label();
            error.getStyleClass().add("field-error");
            ErrorText.bind(error, row.errorProperty(), i18n);
            box.getChildren().add(new VBox(4, grid, actions, error));
        }
    }

    private TextField field(javafx.beans.property.StringProperty property, String key) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(property);
        f.setPromptText(i18n.get(key));
        f.setAccessibleText(i18n.get(key));
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }
}
