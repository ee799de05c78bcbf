package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.sync.SecretStoreException.Reason;
import app.rapport.testing.PrivateKeyring;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The Secret Service through secret-tool, against a GNOME Keyring on a D-Bus session of the test's own. */
class SecretServiceStoreTest {
    private static final SecretId BOB = SecretId.forAccount("https://dav.example.com/dav/", "bob");
    private static final String AWKWARD = "รหัสผ่าน Пароль \"quoted\" 'single' \\back $HOME `ls` ; | & *\ttab\n";

    @TempDir
    Path folder;

    private static SecretServiceStore storeOn(PrivateKeyring keyring) {
        return new SecretServiceStore(keyring.environment(), Duration.ofSeconds(20));
    }

    private static String text(Optional<char[]> secret) {
        return secret.map(String::new).orElse(null);
    }

    @Test
    void keepsReadsReplacesAndForgetsAPassword() throws Exception {
        try (PrivateKeyring keyring = PrivateKeyring.startBus(folder)) {
            keyring.unlockKeyring();
            SecretServiceStore store = storeOn(keyring);
            assertThat(store.available()).isTrue();
            assertThat(store.read(BOB)).isEmpty();

            store.store(BOB, "first password".toCharArray());
            assertThat(text(store.read(BOB))).isEqualTo("first password");

            store.store(BOB, AWKWARD.toCharArray());
            assertThat(text(store.read(BOB))).isEqualTo(AWKWARD);

            store.delete(BOB);
            assertThat(store.read(BOB)).isEmpty();
            store.delete(BOB);
            assertThat(store.read(BOB)).isEmpty();
        }
    }

    @Test
    void eachAccountKeepsItsOwnPassword() throws Exception {
        SecretId thai = SecretId.forAccount("https://dav.example.com/dav/", "สมชาย ใจดี");
        SecretId otherServer = SecretId.forAccount("https://cloud.example.org/remote.php/dav", "bob");
        try (PrivateKeyring keyring = PrivateKeyring.startBus(folder)) {
            keyring.unlockKeyring();
            SecretServiceStore store = storeOn(keyring);
            store.store(BOB, "bob's".toCharArray());
            store.store(thai, "Сомчай's".toCharArray());
            store.store(otherServer, "bob elsewhere".toCharArray());

            assertThat(text(store.read(BOB))).isEqualTo("bob's");
            assertThat(text(store.read(thai))).isEqualTo("Сомчай's");
            assertThat(text(store.read(otherServer))).isEqualTo("bob elsewhere");
            store.delete(thai);
            assertThat(store.read(thai)).isEmpty();
            assertThat(text(store.read(BOB))).isEqualTo("bob's");
        }
    }

    @Test
    void aSessionWithNoKeyringOnItIsNoKeyring() throws Exception {
        try (PrivateKeyring keyring = PrivateKeyring.startBus(folder)) {
            SecretServiceStore store = storeOn(keyring);
            assertThat(store.available()).isFalse();
            assertThatThrownBy(() -> store.store(BOB, "secret".toCharArray()))
                    .isInstanceOfSatisfying(SecretStoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.NO_KEYRING);
                        assertThat(e.getMessage()).contains("an account on dav.example.com").doesNotContain("bob").doesNotContain("secret\"");
                    });
            assertThatThrownBy(() -> store.read(BOB))
                    .isInstanceOfSatisfying(SecretStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_KEYRING));
        }
    }

    @Test
    void noSessionBusAtAllIsNoKeyring() {
        SecretServiceStore store = new SecretServiceStore(
                Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + folder.resolve("no-bus-here")), Duration.ofSeconds(20));
        assertThat(store.available()).isFalse();
        assertThatThrownBy(() -> store.store(BOB, "secret".toCharArray()))
                .isInstanceOfSatisfying(SecretStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_KEYRING));
        assertThatThrownBy(() -> store.delete(BOB))
                .isInstanceOfSatisfying(SecretStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_KEYRING));
    }

    @Test
    void aLockedKeyringThatNobodyUnlocksIsLockedNotEmpty() throws Exception {
        try (PrivateKeyring keyring = PrivateKeyring.startBus(folder)) {
            keyring.unlockKeyring();
            SecretServiceStore store = storeOn(keyring);
            store.store(BOB, "kept before the lock".toCharArray());
            keyring.lockKeyring();

            // No prompter on this bus, as on a desktop whose unlock prompt the user dismissed.
            assertThatThrownBy(() -> store.read(BOB))
                    .isInstanceOfSatisfying(SecretStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
            assertThatThrownBy(() -> store.store(BOB, "new".toCharArray()))
                    .isInstanceOfSatisfying(SecretStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
        }
    }

    @Test
    void theSecretIsNeverOnTheCommandLineAndTheAttributesAreAscii() {
        SecretId thai = SecretId.forAccount("https://dav.example.com/dav/", "สมชาย \"x\"");
        assertThat(SecretServiceStore.storeCommand(thai)).containsExactly("secret-tool", "store",
                "--label=Rapport: %E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2%20%22x%22 at https://dav.example.com/dav/",
                "application", "rapport", "server", "https://dav.example.com/dav/",
                "user", "%E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2%20%22x%22");
        assertThat(SecretServiceStore.command("lookup", BOB)).containsExactly("secret-tool", "lookup",
                "application", "rapport", "server", "https://dav.example.com/dav/", "user", "bob");
    }

    @Test
    void whatSecretToolSaysGivesTheReason() {
        assertThat(SecretServiceStore.reasonOf("secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY")).isEqualTo(Reason.NO_KEYRING);
        assertThat(SecretServiceStore.reasonOf("secret-tool: Could not connect: No such file or directory")).isEqualTo(Reason.NO_KEYRING);
        assertThat(SecretServiceStore.reasonOf("secret-tool: The name org.freedesktop.secrets was not provided by any .service files"))
                .isEqualTo(Reason.NO_KEYRING);
        assertThat(SecretServiceStore.reasonOf("secret-tool: Cannot create an item in a locked collection")).isEqualTo(Reason.LOCKED);
        assertThat(SecretServiceStore.reasonOf("secret-tool: something else")).isEqualTo(Reason.FAILED);
    }

    @Test
    void theLogNamesTheServerAndTheStoreButNeverTheUserOrTheSecret() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger("app.rapport.io.sync");
        Level before = log.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setLevel(Level.DEBUG);
        String secret = "never-in-the-log-ไทย";
        try (PrivateKeyring keyring = PrivateKeyring.startBus(folder)) {
            SecretServiceStore store = storeOn(keyring);
            assertThatThrownBy(() -> store.store(BOB, secret.toCharArray())).isInstanceOf(SecretStoreException.class);
            keyring.unlockKeyring();
            store.store(BOB, secret.toCharArray());
            assertThat(text(store.read(BOB))).isEqualTo(secret);
            store.delete(BOB);
        } finally {
            log.detachAppender(events);
            log.setLevel(before);
        }
        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("Could not keep the password of an account on dav.example.com"))
                .anySatisfy(m -> assertThat(m).contains("Kept the password of an account on dav.example.com in the Secret Service"))
                .allSatisfy(m -> assertThat(m).doesNotContain(secret).doesNotContain("never-in-the-log").doesNotContain("bob"));
    }
}
