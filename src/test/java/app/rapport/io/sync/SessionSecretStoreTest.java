package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSecretStoreTest {
    private static final SecretId BOB = SecretId.forAccount("https://dav.example.com/dav/", "bob");

    @Test
    void keepsACopyThatTheCallerCanWipe() {
        SessionSecretStore store = new SessionSecretStore();
        char[] typed = "Пароль ไทย".toCharArray();
        store.store(BOB, typed);
        java.util.Arrays.fill(typed, '\0');

        char[] read = store.read(BOB).orElseThrow();
        assertThat(new String(read)).isEqualTo("Пароль ไทย");
        java.util.Arrays.fill(read, '\0');
        assertThat(new String(store.read(BOB).orElseThrow())).isEqualTo("Пароль ไทย");
        assertThat(store.keepsAfterExit()).isFalse();
    }

    @Test
    void forgettingOrReplacingWipesTheKeptSecret() throws Exception {
        SessionSecretStore store = new SessionSecretStore();
        store.store(BOB, "first".toCharArray());
        char[] first = kept(store).get(BOB);
        store.store(BOB, "second".toCharArray());
        assertThat(first).containsOnly('\0');

        char[] second = kept(store).get(BOB);
        store.delete(BOB);
        assertThat(second).containsOnly('\0');
        assertThat(store.read(BOB)).isEmpty();

        store.store(BOB, "third".toCharArray());
        char[] third = kept(store).get(BOB);
        store.clear();
        assertThat(third).containsOnly('\0');
        assertThat(store.read(BOB)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<SecretId, char[]> kept(SessionSecretStore store) throws ReflectiveOperationException {
        Field secrets = SessionSecretStore.class.getDeclaredField("secrets");
        secrets.setAccessible(true);
        return (Map<SecretId, char[]>) secrets.get(store);
    }
}
