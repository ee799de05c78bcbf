package app.rapport.domain.contacts;

import app.rapport.domain.Text;

/** A phone number as the user typed it, with an optional label. */
public record Phone(String label, String number) {
    public Phone {
        label = Text.clean(label);
        number = Text.clean(number);
    }
}
