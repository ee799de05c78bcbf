package app.rapport.cli;

import app.rapport.domain.contacts.ContactMerge;
import app.rapport.io.importing.FileFormat;
import app.rapport.io.importing.ImportProblem;
import app.rapport.io.importing.ImportedRecord;
import app.rapport.io.importing.ReadResult;
import app.rapport.service.importing.ImportCounts;
import app.rapport.service.importing.ImportPlan;
import app.rapport.service.importing.Matcher;
import app.rapport.service.importing.ProposedMerge;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An import's preview as plain lines, one thing per line, for people and scripts:
 * <pre>
 * read: contacts.vcf: vcard, UTF-8, 12 records
 * problem: contacts.vcf:14: “anna.at.example” is not an email address; it is kept in the notes.
 * merge: contacts.vcf:20 Anna Weber into contact 42 Anna Weber (strong evidence, score 90: same email anna@weber.example, same name anna weber)
 * apart: contacts.vcf:31 John Smith and contact 7 John Smith (possible duplicate, score 30: same name john smith; not merged)
 * groups: 1 will merge (strong evidence), 1 possible duplicate (you decide), 10 new
 * plan: 10 to add, 1 to merge, 1 to skip, 2 organisations to create, 3 ties
 * </pre>
 */
final class ImportReport {
    private ImportReport() {
    }

    static void print(ImportPlan plan, Set<Integer> accepted, PrintWriter out) {
        for (ReadResult file : plan.files()) {
            out.println("read: " + file.file() + ": " + formatName(file.format()) + ", "
                    + (file.encoding() == null ? "unread" : file.encoding().name()) + ", "
                    + count(file.records().size(), "record", "records"));
        }
        for (ImportProblem p : plan.problems()) {
            out.println("problem: " + p.at().where() + ": " + SearchCommand.field(ImportMessages.of(p)));
        }
        for (ProposedMerge m : plan.merges()) {
            ImportedRecord r = plan.records().get(m.record());
            String other = m.intoExisting() ? "contact " + m.existingId() + " " + m.otherName()
                    : plan.records().get(m.otherRecord()).at().where() + " " + m.otherName();
            String group = m.decision() == Matcher.Decision.MERGE ? "strong evidence" : "possible duplicate";
            String why = group + ", score " + m.match().score() + ": " + why(m);
            if (accepted.contains(m.id())) {
                out.println("merge: " + r.at().where() + " " + r.contact().displayName() + " into " + other + " (" + why + ")");
            } else {
                out.println("apart: " + r.at().where() + " " + r.contact().displayName() + " and " + other + " (" + why
                        + "; not merged)");
            }
        }
        long strong = plan.merges().stream().filter(m -> m.decision() == Matcher.Decision.MERGE).count();
        out.println("groups: " + strong + " will merge (strong evidence), "
                + (plan.merges().size() - strong) + " possible " + (plan.merges().size() - strong == 1 ? "duplicate" : "duplicates")
                + " (you decide), " + plan.counts(accepted).toAdd() + " new");
        ImportCounts c = plan.counts(accepted);
        out.println("plan: " + c.toAdd() + " to add, " + c.toMerge() + " to merge, " + c.toSkip() + " to skip, "
                + count(c.organisationsToCreate(), "organisation", "organisations") + " to create, "
                + count(c.ties(), "tie", "ties"));
    }

    /** "same email anna@example.org, different birthdays 1980-05-02 / 1981-05-02; title CTO kept in the notes" */
    static String why(ProposedMerge m) {
        List<String> parts = new ArrayList<>();
        for (Matcher.Found f : m.match().found()) {
            parts.add(words(f));
        }
        for (ContactMerge.Kept k : m.kept()) {
            parts.add(k.field().name().toLowerCase(Locale.ROOT) + " " + k.value() + " kept in the notes");
        }
        return String.join(", ", parts);
    }

    /** "same email anna@example.org", "different birthdays 1980-05-02 / 1981-05-02" */
    static String words(Matcher.Found f) {
        String words = f.evidence().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                .replace("other ", "different ").replace("same uid", "same card uid");
        return words + (f.detail().isEmpty() ? "" : " " + f.detail());
    }

    static String formatName(FileFormat format) {
        return switch (format) {
            case AUTO -> "unknown";
            case VCARD -> "vcard";
            case GOOGLE_CSV -> "google";
            case OUTLOOK_CSV -> "outlook";
            case LINKEDIN_CSV -> "linkedin";
            case THUNDERBIRD_CSV -> "thunderbird";
            case CSV -> "csv";
        };
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
