package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretIdTest {

    @Test
    void tokensKeepUrlsReadableAndEscapeEverythingElse() {
        assertThat(SecretId.token("https://dav.example.com:8443/dav/bob@example.com")).isEqualTo("https://dav.example.com:8443/dav/bob@example.com");
        assertThat(SecretId.token("Иван \"100%\"")).isEqualTo("%D0%98%D0%B2%D0%B0%D0%BD%20%22100%25%22");
        assertThat(SecretId.token("a b")).isNotEqualTo(SecretId.token("a%20b"));
    }

    @Test
    void aSecretNeedsAServerAndAUser() {
        assertThatThrownBy(() -> SecretId.forAccount(" ", "bob")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SecretId.forAccount("https://x/", "bob").describe()).isEqualTo("bob at https://x/");
    }

    @Test
    void theLogNamesTheServersHostAndNotTheUser() {
        SecretId id = SecretId.forAccount("https://dav.example.org/remote.php/dav", "anna.schmidt@example.org");
        org.assertj.core.api.Assertions.assertThat(id.forLog()).isEqualTo("an account on dav.example.org")
                .doesNotContain("anna");
    }
}
