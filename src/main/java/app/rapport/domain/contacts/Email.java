package app.rapport.domain.contacts;

import app.rapport.domain.Text;

/** An email address with an optional label ("work", "home"). */
public record Email(String label, String address) {
    public Email {
        label = Text.clean(label);
        address = Text.clean(address);
    }
}
