package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ContactsPage;
import app.rapport.testing.ExportPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.ImportPage;
import app.rapport.testing.WindowScenario;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README, Import: "vCard 2.1/3.0/4.0 (… birthdays without a year, quoted-printable), Google Contacts,
 * Outlook, LinkedIn and Thunderbird CSV …; UTF-8, UTF-16 or Windows-1252. A preview shows what will be added, merged or
 * skipped …"; and Export: "as vCard 4.0 or 3.0, CSV" — from the window, the files chosen in its prompts.
 */
class ImportExportScenarios extends WindowScenario {

    @Test
    void fourKindsOfFileInThreeEncodingsArePreviewedCancelChangesNothingAndImportAddsAndMergesThem()
            throws Exception {
        Path google = dir.resolve("google.csv");
        Files.writeString(google, """
                First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value
                Пётр,Ёлкин,Атлант,* Work,petr@atlant.example,,
                Anna,Schmidt,,* Home,anna@acme.example,Mobile,+49 170 5550123
                """, StandardCharsets.UTF_8);
        Path outlook = dir.resolve("outlook.csv");
        Files.writeString(outlook, """
                "First Name","Last Name","Company","Job Title","E-mail Address"
                "Jürgen","Groß","Société Générale","Acheteur","juergen@sg.example"
                """, Charset.forName("windows-1252"));
        Path linkedIn = dir.resolve("Connections.csv");
        Files.writeString(linkedIn, """
                \uFEFFFirst Name,Last Name,URL,Email Address,Company,Position,Connected On
                Priya,Sharma,https://www.linkedin.com/in/priya-sharma-example,priya@northwind.example,Northwind Traders,Head of Sales,15 Apr 2023
                """, StandardCharsets.UTF_16LE);
        Path vcards = dir.resolve("phone.vcf");
        Files.writeString(vcards, String.join("\r\n",
                "BEGIN:VCARD", "VERSION:2.1",
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Kl=C3=A4re;;;",
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kl=C3=A4re M=C3=BCller",
                "TEL;CELL:+49 170 5550199", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "FN:สมชาย ใจดี", "N:ใจดี;สมชาย;;;", "BDAY:--0412",
                "EMAIL:somchai@example.th", "END:VCARD", ""), StandardCharsets.UTF_8);

        Path other = dir.resolve("kontakte.csv");
        Files.writeString(other, """
                Vorname;Nachname;E-Mail
                Klaus;Schmidt;klaus@schmidt.example
                """, StandardCharsets.UTF_8);

        open(s -> s.contactRepository().insert(person("Anna", "Schmidt").email("anna@acme.example").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        ImportPage importing = new ImportPage(this).open();
        String none = importing.files();

        // the Open prompt cancelled: nothing chosen
        answerFilePrompts((Path) null);
        importing.choose();
        FxWait.until(() -> prompted.size() == 1);
        assertThat(prompted.get(0)).isEqualTo("OPEN_MANY Choose the files to import");
        assertThat(importing.files()).isEqualTo(none);

        // a CSV of columns no known program writes: nothing to import, and the problem says what can be done
        // about it, here in the window (its format list) or where columns can be mapped (the command line)
        answerFilePromptChoosing(other);
        importing.choose();
        FxWait.until(() -> importing.status().startsWith("Nothing to import"));
        assertThat(importing.problems()).containsExactly("kontakte.csv: Rapport does not know these CSV columns."
                + " If the file is from Google Contacts, Outlook, LinkedIn or Thunderbird, choose that format above; any other CSV"
                + " can be imported on the command line, where you say which column holds what"
                + " (see rapport import --help).");

        // four files chosen together: the preview counts what each holds
        answerFilePromptChoosing(google, outlook, linkedIn, vcards);
        importing.choose();
        String counts = importing.waitForCounts();
        assertThat(importing.files()).isEqualTo("google.csv, outlook.csv, Connections.csv, phone.vcf");
        // Пётр, Jürgen, Priya, Kläre and Somchai are new; Anna is matched by her email; three organisations
        assertThat(counts).isEqualTo("To add: 5 \u00b7 to merge: 1 \u00b7 to skip: 0 \u00b7 organisations to create: 3");

        // Cancel: the dialog goes and the file is as it was
        importing.close();
        assertThat(column("SELECT display_name FROM contact")).containsExactly("Anna Schmidt");

        importing.open();
        answerFilePromptChoosing(google, outlook, linkedIn, vcards);
        importing.choose();
        assertThat(importing.waitForCounts()).isEqualTo(counts);
        assertThat(importing.importAndWait()).isEqualTo("Done: 5 added, 1 merged, 0 skipped, 3 organisations created.");
        importing.close();

        // every name as it was written, whatever the file's encoding
        assertThat(column("SELECT display_name FROM contact WHERE kind = 'PERSON' ORDER BY display_name"))
                .containsExactly("Anna Schmidt", "Jürgen Groß", "Kläre Müller", "Priya Sharma", "Пётр Ёлкин",
                        "สมชาย ใจดี");
        assertThat(column("SELECT display_name FROM contact WHERE kind = 'ORGANISATION' ORDER BY display_name"))
                .containsExactly("Northwind Traders", "Société Générale", "Атлант");
        assertThat(column("SELECT organisation FROM contact WHERE given_name = 'Jürgen'"))
                .containsExactly("Société Générale");
        // Anna kept her email and gained the phone; Somchai's birthday has no year
        assertThat(column("SELECT p.number FROM contact_phone p JOIN contact c ON c.id = p.contact_id"
                + " WHERE c.given_name = 'Anna'")).hasSize(1);
        assertThat(column("SELECT count(*) FROM contact WHERE given_name = 'Anna'")).containsExactly(1);
        assertThat(column("SELECT coalesce(birthday_year, 0) || '-' || birthday_month || '-' || birthday_day"
                + " FROM contact WHERE given_name = 'สมชาย'")).containsExactly("0-4-12");
        contacts.waitForRows(9);
    }

    @Test
    void exportWritesVCardsOtherProgramsReadAndACsvOfTheTaggedAndSaveAsCancelledWritesNothing() throws Exception {
        open(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").email("anna@acme.example").phone("+49 30 1234567")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").birthday(7, 14, null).tag("client").build());
            // a note as Outlook's files wrote it, with Windows line breaks
            s.contactRepository().insert(person("Пётр", "Ёлкин").email("petr@atlant.example")
                    .notes("Звонить утром\r\nне в пятницу").build());
            s.contactRepository().insert(organisation("Acme GmbH").tag("client").build());
        });
        new ContactsPage(this).waitForRows(3);
        Path vcf = dir.resolve("all.vcf");
        Path csv = dir.resolve("clients.csv");

        // Save as cancelled: the dialog stays, nothing is written; then the file chosen
        ExportPage export = new ExportPage(this).open();
        assertThat(export.formatShown()).isEqualTo("vCard 4.0 (.vcf)");
        answerFilePrompts(null, vcf);
        export.chooseFile();
        FxWait.until(() -> prompted.size() == 1);
        assertThat(export.isOpen()).isTrue();
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".vcf")).count()).isZero();
        export.chooseFile();
        FxWait.until(() -> !export.isOpen() && lookup("3 contacts written to all.vcf.").tryQuery().isPresent());
        assertThat(prompted.get(1)).startsWith("SAVE ");

        // the CSV of those tagged "client", in Google Contacts' columns
        export.open().format("CSV in Google Contacts\u2019 columns").which("Tagged \u201cclient\u201d");
        answerFilePrompts(csv);
        export.chooseFile();
        FxWait.until(() -> !export.isOpen() && lookup("2 contacts written to clients.csv.").tryQuery().isPresent());

        // vCard 3.0 for older phones
        Path v3 = dir.resolve("phone.vcf");
        export.open().format("vCard 3.0 for older phones (.vcf)");
        answerFilePrompts(v3);
        export.chooseFile();
        FxWait.until(() -> !export.isOpen() && lookup("3 contacts written to phone.vcf.").tryQuery().isPresent());

        // read by programs nobody here wrote: Python's vobject and csv (without Python, Commons CSV reads it)
        List<String> read = !Files.isExecutable(Path.of("/usr/bin/python3")) ? commonsCsv(csv) : python("""
                import csv, sys
                try:
                    import vobject
                    for name in (sys.argv[1], sys.argv[3]):
                        with open(name, encoding='utf-8') as f:
                            for card in vobject.readComponents(f.read()):
                                print('vcard', card.version.value, card.fn.value,
                                      ' '.join(e.value for e in getattr(card, 'email_list', [])))
                except ImportError:
                    print('no vobject')
                with open(sys.argv[2], encoding='utf-8-sig', newline='') as f:
                    for row in csv.DictReader(f):
                        print('csv', row['First Name'], row['Last Name'], row['Organization Name'],
                              row['E-mail 1 - Value'], row['Birthday'], row['Labels'], sep='|')
                """, vcf, csv, v3);
        if (!read.contains("no vobject")) {
            assertThat(read.stream().filter(l -> l.startsWith("vcard")).toList()).containsExactlyInAnyOrder(
                    "vcard 4.0 Anna Schmidt anna@acme.example", "vcard 4.0 Пётр Ёлкин petr@atlant.example",
                    "vcard 4.0 Acme GmbH ", "vcard 3.0 Anna Schmidt anna@acme.example",
                    "vcard 3.0 Пётр Ёлкин petr@atlant.example", "vcard 3.0 Acme GmbH ");
        }
        assertThat(read.stream().filter(l -> l.startsWith("csv")).toList()).containsExactlyInAnyOrder(
                "csv|Anna|Schmidt||anna@acme.example|--07-14|client", "csv|||Acme GmbH|||client");

        // the vCards imported again: every card is its own contact already, nothing changes
        List<Object> before = column("SELECT id || ' ' || updated_at || ' ' || notes FROM contact ORDER BY id");
        ImportPage importing = new ImportPage(this).open();
        answerFilePromptChoosing(vcf);
        importing.choose();
        assertThat(importing.waitForCounts())
                .isEqualTo("To add: 0 \u00b7 to merge: 0 \u00b7 to skip: 3 \u00b7 organisations to create: 0");
        assertThat(importing.importAndWait()).isEqualTo("Done: 0 added, 0 merged, 3 skipped, 0 organisations created.");
        importing.close();
        assertThat(column("SELECT id || ' ' || updated_at || ' ' || notes FROM contact ORDER BY id")).isEqualTo(before);
    }

    private static List<String> commonsCsv(Path csv) throws Exception {
        List<String> lines = new ArrayList<>(List.of("no vobject"));
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .build().parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (var row : parser) {
                lines.add(String.join("|", "csv", row.get(0).replace("\uFEFF", ""), row.get("Last Name"),
                        row.get("Organization Name"), row.get("E-mail 1 - Value"), row.get("Birthday"), row.get("Labels")));
            }
        }
        return lines;
    }

    /** Runs a Python script on files; its lines of output. Fails when Python is not there or fails. */
    private static List<String> python(String script, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c", script));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return List.of(out.split("\n"));
    }
}
