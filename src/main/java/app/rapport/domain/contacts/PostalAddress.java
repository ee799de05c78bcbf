package app.rapport.domain.contacts;

import app.rapport.domain.Text;

/**
 * A postal address. {@code countryCode} is ISO 3166-1 alpha-2 ("DE"), or empty when unknown.
 * At most one address of a contact is its mailing address.
 */
public record PostalAddress(String label, String street, String locality, String region,
                            String postalCode, String countryCode, boolean mailing) {
    public PostalAddress {
        label = Text.clean(label);
        street = Text.clean(street);
        locality = Text.clean(locality);
        region = Text.clean(region);
        postalCode = Text.clean(postalCode);
        countryCode = Text.clean(countryCode).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isBlank() {
        return street.isEmpty() && locality.isEmpty() && region.isEmpty() && postalCode.isEmpty()
                && countryCode.isEmpty();
    }

    /** One line for lists: "Hauptstr. 5, 10115 Berlin, DE". */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        append(sb, street);
        append(sb, (postalCode + " " + locality).trim());
        append(sb, region);
        append(sb, countryCode);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(", ");
        }
        sb.append(part.replace('\n', ' '));
    }
}
