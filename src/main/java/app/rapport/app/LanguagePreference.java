package app.rapport.app;

import app.rapport.domain.language.UserContext;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the user chose for Rapport, kept in {@code preferences.properties} in the data folder
 * (it belongs to the user of this computer, not to a database). Without a choice, the computer's
 * language when Rapport speaks it, else English.
 */
public final class LanguagePreference {
    /** The languages Rapport speaks, English first. */
    public static final List<Locale> SUPPORTED = app.rapport.domain.language.Bundles.LANGUAGES;
    private static final Logger LOG = LoggerFactory.getLogger(LanguagePreference.class);
    private static final String KEY = "language";

    private final Path file;
    /** The computer's language and country, as read at start-up. */
    private final Locale computer;

    /** A language's name in itself, as a list shows it: "Deutsch", "Русский", "ไทย". */
    public static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /**
     * The computer's language and country, as the operating system gave them to the JVM. The one place
     * Rapport reads the JVM's default locale, once as it starts: {@code RapportApp.init} (through
     * {@link #LanguagePreference(Path)}) for the window, {@code RapportCommand.run} for the command line.
     * From there it goes on in a {@link UserContext}; the default is never read again, nor written.
     */
    public static Locale computer() {
        return Locale.getDefault();
    }

    /** The preference kept in {@code folder}, on this computer ({@link #computer()}, read now). */
    public LanguagePreference(Path folder) {
        this(folder, computer());
    }

    /** The preference kept in {@code folder}, on a computer whose language and country are {@code computer}. */
    public LanguagePreference(Path folder, Locale computer) {
        this.file = folder.resolve("preferences.properties");
        this.computer = computer;
    }

    /**
     * Who Rapport works for: the language {@link #locale()} says, in the computer's country (phone
     * numbers and the home country follow where the user lives, not the language chosen).
     */
    public UserContext userContext() {
        return UserContext.of(locale(), computer.getCountry());
    }

    /** The chosen language, else the computer's when supported (with its country), else English. */
    public Locale locale() {
        String chosen = read().getProperty(KEY, "");
        Locale system = computer;
        if (!chosen.isBlank()) {
            Locale locale = Locale.forLanguageTag(chosen);
            // the country's formats stay the computer's when the languages agree (de-AT keeps its dates)
            return locale.getLanguage().equals(system.getLanguage()) ? system : locale;
        }
        return supported(system) ? system : Locale.ENGLISH;
    }

    /** The language chosen explicitly, or null for "as the computer". */
    public Locale chosen() {
        String chosen = read().getProperty(KEY, "");
        return chosen.isBlank() ? null : Locale.forLanguageTag(chosen);
    }

    /** Keeps the choice; null goes back to the computer's language. A failure is logged, not thrown. */
    public void choose(Locale locale) {
        Properties p = read();
        if (locale == null) {
            p.remove(KEY);
        } else {
            p.setProperty(KEY, locale.getLanguage());
        }
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Rapport preferences");
            }
        } catch (IOException e) {
            LOG.warn("Could not keep the language in {}", file, e);
        }
    }

    public static boolean supported(Locale locale) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {}; the computer's language is used", file, e);
            }
        }
        return p;
    }
}
