package app.rapport.domain;

/** An email address with an optional label ("work", "home"). */
public record Email(String label, String address) {
    public Email {
        label = Text.clean(label);
        address = Text.clean(address);
    }
}
