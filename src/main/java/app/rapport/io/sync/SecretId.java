package app.rapport.io.sync;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Which secret: the application that keeps it, the server it opens and the user on that server. The
 * same three find it again in the operating system's store after a restart; nothing else about the
 * account is needed, so the database keeps the server and the user and never the password.
 */
public record SecretId(String service, String server, String user) {
    /** The service name Rapport's secrets are filed under in every store. */
    public static final String RAPPORT = "rapport";

    public SecretId {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        if (service.isBlank() || server.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("A secret needs a service, a server and a user");
        }
    }

    /** The password of {@code user} on the server at {@code serverUrl}. */
    public static SecretId forAccount(String serverUrl, String user) {
        return new SecretId(RAPPORT, serverUrl, user);
    }

    /** One line for the store's own listing (the user sees it in their keyring): the server and the user, never the secret. */
    public String describe() {
        return user + " at " + server;
    }

    /** For the log, which holds no personal data: the server's host only, not the user. */
    public String forLog() {
        try {
            String host = java.net.URI.create(server).getHost();
            return "an account on " + (host == null ? "a server" : host);
        } catch (IllegalArgumentException e) {
            return "an account";
        }
    }

    /**
     * {@code value} with every byte of its UTF-8 outside letters, digits and {@code . _ ~ : / @ + = -}
     * written as {@code %XX}: the form given to the command-line tools, whose arguments the JVM encodes
     * in the platform's charset (a Thai user name would turn into question marks under the C locale)
     * and whose interactive parsers would split at a space or a quote. The same value always gives the
     * same form, so a secret stored under one locale is found under another.
     */
    static String token(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-_~:/@+=".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
