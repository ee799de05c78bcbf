package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretStoresTest {

    /** A store that answers or not, as told; it keeps nothing. */
    private record Answering(String name, boolean available) implements SecretStore {
        @Override
        public boolean keepsAfterExit() {
            return true;
        }

        @Override
        public void store(SecretId id, char[] secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<char[]> read(SecretId id) {
            return Optional.empty();
        }

        @Override
        public void delete(SecretId id) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void linuxUsesTheSecretServiceAndMacTheKeychainWhenTheyAnswer() {
        assertThat(SecretStores.choose("Linux", () -> new Answering("secret service", true), () -> new Answering("keychain", true)).name())
                .isEqualTo("secret service");
        assertThat(SecretStores.choose("FreeBSD", () -> new Answering("secret service", true), () -> new Answering("keychain", true)).name())
                .isEqualTo("secret service");
        assertThat(SecretStores.choose("Mac OS X", () -> new Answering("secret service", true), () -> new Answering("keychain", true)).name())
                .isEqualTo("keychain");
    }

    @Test
    void aStoreThatDoesNotAnswerAndWindowsFallBackToTheSession() {
        assertThat(SecretStores.choose("Linux", () -> new Answering("secret service", false), () -> new Answering("keychain", true)))
                .isInstanceOf(SessionSecretStore.class);
        assertThat(SecretStores.choose("Mac OS X", () -> new Answering("secret service", true), () -> new Answering("keychain", false)))
                .isInstanceOf(SessionSecretStore.class);
        assertThat(SecretStores.choose("Windows 11", () -> new Answering("secret service", true), () -> new Answering("keychain", true)))
                .isInstanceOf(SessionSecretStore.class);
        assertThat(SecretStores.sessionOnly().keepsAfterExit()).isFalse();
    }
}
