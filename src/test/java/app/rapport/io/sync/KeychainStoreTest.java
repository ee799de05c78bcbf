package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.sync.SecretStoreException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The macOS keychain's commands and the reading of its answers. There is no Mac here: these check what
 * Rapport sends to {@code security} and how it reads the lines that Apple's tool is documented to print.
 */
class KeychainStoreTest {
    private static final SecretId BOB = SecretId.forAccount("https://dav.example.com/dav/", "bob");

    @Test
    void theSecretGoesOnStandardInputAsHexadecimal() {
        String secret = "pä\"ss ไทย";
        byte[] line = KeychainStore.storeLine(BOB, secret.toCharArray());
        String text = new String(line, StandardCharsets.US_ASCII);
        String hex = text.substring(text.lastIndexOf(' ') + 1).strip();

        assertThat(text).startsWith("add-generic-password -U -s rapport:https://dav.example.com/dav/ -a bob -X ").endsWith("\n");
        assertThat(text).doesNotContain(secret).doesNotContain("ไทย").doesNotContain("pä");
        assertThat(new String(SecretText.unhex(hex.toCharArray(), 0, hex.length()), StandardCharsets.UTF_8)).isEqualTo(secret);
    }

    @Test
    void aPasswordTooLongForOneInteractiveLineIsRefused() {
        char[] secret = "x".repeat(KeychainStore.MAX_SECRET_BYTES + 1).toCharArray();
        assertThatThrownBy(() -> KeychainStore.storeLine(BOB, secret))
                .isInstanceOfSatisfying(SecretStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FAILED));
    }

    @Test
    void readsThePasswordLineInItsQuotedAndItsHexadecimalForm() {
        assertThat(password("keychain: \"/Users/bob/Library/Keychains/login.keychain-db\"\npassword: \"1234\"\n")).isEqualTo("1234");
        assertThat(password("password: \"CAFE\"\n")).isEqualTo("CAFE");
        assertThat(password("password: 0x5B455850555247C3895D  \"[EXPURG\\303\\211]\"\n")).isEqualTo("[EXPURGÉ]");
        assertThat(password("password: 0xE0B984E0B897E0B8A2\n")).isEqualTo("ไทย");
        assertThat(password("password: \n")).isEmpty();
        assertThat(KeychainStore.passwordOf(new byte[0], 0)).isNull();
    }

    @Test
    void theExitStatusGivesTheReason() {
        assertThat(KeychainStore.reasonOf(36)).isEqualTo(Reason.LOCKED);
        assertThat(KeychainStore.reasonOf(128)).isEqualTo(Reason.LOCKED);
        assertThat(KeychainStore.reasonOf(50)).isEqualTo(Reason.NO_KEYRING);
        assertThat(KeychainStore.reasonOf(1)).isEqualTo(Reason.FAILED);
    }

    private static String password(String err) {
        byte[] bytes = err.getBytes(StandardCharsets.UTF_8);
        return new String(KeychainStore.passwordOf(bytes, bytes.length));
    }
}
