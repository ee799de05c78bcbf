package app.rapport.ui.contacts;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** One editable postal address of the form. Binds and forwards. */
final class AddressRowView {
    private final AddressRow row;
    private final ContactEditorViewModel vm;
    private final I18n i18n;
    private final Node root;

    @FXML private TextField street;
    @FXML private TextField postalCode;
    @FXML private TextField locality;
    @FXML private TextField region;
    @FXML private TextField country;
    @FXML private RadioButton mailing;
    @FXML private Label error;

    /** @param mailingGroup the addresses' one choice of mailing address */
    AddressRowView(AddressRow row, ContactEditorViewModel vm, I18n i18n, ToggleGroup mailingGroup) {
        this.row = row;
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        mailing.setToggleGroup(mailingGroup);
        mailing.setSelected(row.mailingProperty().get());
        mailing.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.makeMailing(row);
            }
        });
    }

    @FXML
    private void initialize() {
        street.textProperty().bindBidirectional(row.streetProperty());
        postalCode.textProperty().bindBidirectional(row.postalCodeProperty());
        locality.textProperty().bindBidirectional(row.localityProperty());
        region.textProperty().bindBidirectional(row.regionProperty());
        country.textProperty().bindBidirectional(row.countryProperty());
        ErrorText.bind(error, row.errorProperty(), i18n);
    }

    @FXML
    private void remove() {
        vm.addresses().remove(row);
    }

    Node root() {
        return root;
    }
}
