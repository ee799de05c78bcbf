package app.rapport.ui.contacts;

import app.rapport.domain.contacts.PostalAddress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A postal address being edited. */
public final class AddressRow {
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty locality = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final BooleanProperty mailing = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty();

    public AddressRow(PostalAddress a) {
        if (a != null) {
            label.set(a.label());
            street.set(a.street());
            postalCode.set(a.postalCode());
            locality.set(a.locality());
            region.set(a.region());
            country.set(a.countryCode());
            mailing.set(a.mailing());
        }
    }

    public PostalAddress toAddress() {
        return new PostalAddress(label.get(), street.get(), locality.get(), region.get(), postalCode.get(),
                country.get(), mailing.get());
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty localityProperty() {
        return locality;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public BooleanProperty mailingProperty() {
        return mailing;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
