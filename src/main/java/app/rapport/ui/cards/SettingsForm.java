package app.rapport.ui.cards;

import app.rapport.service.settings.Settings;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The card settings as the dialog shows them: follow-up delay, return address, home country. */
final class SettingsForm {
    private final Parent root;
    @FXML private Spinner<Integer> followUpDays;
    @FXML private TextArea returnAddress;
    @FXML private TextField homeCountry;
    @FXML private Label followUpLabel;
    @FXML private Label returnAddressLabel;
    @FXML private Label homeCountryLabel;

    SettingsForm(I18n i18n, CardsViewModel.CardSettings current) {
        root = FxmlView.load(this, i18n);
        followUpDays.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                Settings.MAX_FOLLOW_UP_DAYS, current.followUpDays()));
        returnAddress.setText(current.returnAddress());
        homeCountry.setText(current.homeCountry());
        followUpLabel.setLabelFor(followUpDays);
        returnAddressLabel.setLabelFor(returnAddress);
        homeCountryLabel.setLabelFor(homeCountry);
    }

    Parent root() {
        return root;
    }

    /** What was typed; the view-model decides what of it is kept. */
    CardsViewModel.CardSettings chosen() {
        Integer days = followUpDays.getValue();
        return new CardsViewModel.CardSettings(days == null ? 0 : days, returnAddress.getText(), homeCountry.getText());
    }
}
