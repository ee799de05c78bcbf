package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * Editable postal addresses, each from {@code AddressRowView.fxml}; exactly one can be chosen as the
 * mailing address. Rebuilt only when addresses are added or removed, never while the user types.
 */
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
            box.getChildren().add(new AddressRowView(row, vm, i18n, mailing).root());
        }
    }
}
