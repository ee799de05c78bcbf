package app.rapport.domain.contacts;

import app.rapport.domain.Text;

/** A web address with an optional label. */
public record Website(String label, String url) {
    public Website {
        label = Text.clean(label);
        url = Text.clean(url);
    }
}
