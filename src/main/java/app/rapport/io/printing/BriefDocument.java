package app.rapport.io.printing;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.keepintouch.FollowUp;
import app.rapport.domain.ledger.LedgerWords;
import app.rapport.domain.printing.ContactBrief;
import app.rapport.domain.score.Score;
import app.rapport.domain.score.ScoreExplanation;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.TieView;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A contact's one-page brief for offline review before a meeting, in the user's language: details,
 * my relationship and score, ties, last interactions, the ledger, open reminders.
 */
public final class BriefDocument {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;

    public BriefDocument(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** Writes the brief as a one-page PDF on the locale's paper. */
    public void write(Path out, ContactBrief brief, Score score, String senderCountry) {
        BriefPdf.write(out, of(brief, score, senderCountry), PaperSize.forLocale(locale));
    }

    public Brief of(ContactBrief b, Score score, String senderCountry) {
        Contact c = b.contact();
        String name = c.displayName();
        List<String> subtitle = new ArrayList<>();
        if (c.isPerson()) {
            if (!c.title().isEmpty()) {
                subtitle.add(c.title());
            }
            if (!c.organisation().isEmpty()) {
                subtitle.add(c.organisation());
            }
        }
        List<Brief.Section> sections = new ArrayList<>();
        sections.add(new Brief.Section(text("brief.details"), details(c, senderCountry)));
        sections.add(new Brief.Section(text("brief.relationship"), relationship(b.relationship(), score)));
        List<String> ties = new ArrayList<>();
        for (TieView t : b.ties()) {
            ties.add(format("tie." + t.type().name() + (t.outgoing() ? ".forward" : ".reverse"), name, t.otherName()));
        }
        sections.add(new Brief.Section(text("brief.ties"), ties.isEmpty() ? List.of(text("brief.none")) : ties));
        List<String> interactions = new ArrayList<>();
        for (TimelineEntry e : b.lastInteractions()) {
            String line = date.format(e.occurredAt().toLocalDate()) + "  " + text("interactionType." + e.type().name());
            interactions.add(e.note().isEmpty() ? line : line + ": " + e.note());
        }
        sections.add(new Brief.Section(text("brief.interactions"),
                interactions.isEmpty() ? List.of(text("brief.none")) : interactions));
        sections.add(new Brief.Section(text("brief.ledger"), new LedgerWords(bundle, locale).glance(b.ledger(), name)));
        List<String> reminders = new ArrayList<>();
        for (FollowUp f : b.reminders()) {
            reminders.add(f.note().isEmpty() ? date.format(f.dueOn()) : date.format(f.dueOn()) + ": " + f.note());
        }
        sections.add(new Brief.Section(text("brief.reminders"),
                reminders.isEmpty() ? List.of(text("brief.none")) : reminders));
        return new Brief(name, String.join(", ", subtitle), sections,
                c.extras().photo() == null ? null : c.extras().photo().bytes());
    }

    private List<String> details(Contact c, String senderCountry) {
        List<String> lines = new ArrayList<>();
        for (Email e : c.emails()) {
            lines.add(e.address());
        }
        for (Phone p : c.phones()) {
            lines.add(p.number());
        }
        PostalAddress mailing = c.mailingAddress();
        if (mailing != null && !mailing.isBlank()) {
            lines.add(String.join(", ", AddressFormat.lines(List.of(), mailing, senderCountry)));
        }
        if (c.birthday() != null) {
            var b = c.birthday();
            String day = b.year() == null
                    ? DateTimeFormatter.ofPattern("d MMMM", locale).format(java.time.MonthDay.of(b.month(), b.day()))
                    : date.format(java.time.LocalDate.of(b.year(), b.month(), b.day()));
            lines.add(format("brief.birthday", day));
        }
        kept(c.extras(), lines);
        if (!c.tags().isEmpty()) {
            lines.add(format("brief.tags", String.join(", ", c.tags())));
        }
        if (!c.notes().isEmpty()) {
            lines.add(c.notes().replace('\n', ' '));
        }
        return lines.isEmpty() ? List.of(text("brief.none")) : lines;
    }

    /** What the address book kept beyond Rapport's fields: nicknames, department, anniversary, profiles, related. */
    private void kept(app.rapport.domain.contacts.ContactExtras x, List<String> lines) {
        if (!x.nicknames().isEmpty()) {
            lines.add(format("editor.kept.nicknames", String.join(", ", x.nicknames())));
        }
        if (!x.department().isEmpty()) {
            lines.add(format("editor.kept.department", x.department()));
        }
        if (x.anniversary() != null) {
            var a = x.anniversary();
            String day = a.year() == null
                    ? DateTimeFormatter.ofPattern("d MMMM", locale).format(java.time.MonthDay.of(a.month(), a.day()))
                    : date.format(java.time.LocalDate.of(a.year(), a.month(), a.day()));
            lines.add(format("editor.kept.anniversary", day));
        }
        for (var p : x.profiles()) {
            lines.add(p.label().isEmpty() ? p.address() : p.label() + ": " + p.address());
        }
        for (var r : x.relatedNames()) {
            lines.add(r.label().isEmpty() ? r.name() : r.label() + ": " + r.name());
        }
    }

    private List<String> relationship(Relationship r, Score score) {
        List<String> lines = new ArrayList<>();
        if (score != null) {
            ScoreExplanation words = new ScoreExplanation(bundle, locale);
            lines.add(words.title(score));
            // the three parts that lost most: what to work on before or at the meeting
            score.lines().stream().filter(l -> l.lost() > 0)
                    .sorted(java.util.Comparator.comparingInt(app.rapport.domain.score.ScoreLine::lost).reversed())
                    .limit(3).forEach(l -> lines.add("  " + words.line(l)));
        }
        if (r != null) {
            lines.add(format("brief.strength", r.strength()));
            if (r.cadence() != null) {
                lines.add(format("brief.cadence", r.cadence().days()));
            }
            if (!r.howWeMet().isEmpty()) {
                lines.add(format("brief.met", r.howWeMet()));
            }
            if (r.flagged()) {
                lines.add(format("brief.flagged", r.flagReason()));
            }
        }
        return lines.isEmpty() ? List.of(text("brief.none")) : lines;
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return app.rapport.domain.language.Messages.format(bundle.getString(key), locale, args);
    }
}
