package app.rapport.io.exporting;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Contacts as CSV through Commons CSV, one contact per row, in the column layout of Google Contacts
 * (which Google, Outlook's importer and Rapport read back): as many "E-mail N", "Phone N", "Address N"
 * and "Website N" columns as the contact with the most needs. UTF-8 with a byte order mark, so that
 * spreadsheet programs see the accents. The mailing address's label is marked "* " as Google marks the
 * primary one.
 */
public final class CsvExport implements ContactExporter {
    private static final List<String> NAME_COLUMNS = List.of("First Name", "Middle Name", "Last Name", "Name Prefix",
            "Name Suffix", "Nickname", "Organization Name", "Organization Title", "Birthday", "Notes", "Labels");
    private static final List<String> ADDRESS_PARTS = List.of("Label", "Street", "City", "Region", "Postal Code",
            "Country");

    @Override
    public void write(List<Contact> contacts, OutputStream out) throws IOException {
        int emails = max(contacts, c -> c.emails().size());
        int phones = max(contacts, c -> c.phones().size());
        int addresses = max(contacts, c -> c.addresses().size());
        int websites = max(contacts, c -> c.websites().size());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(NAME_COLUMNS);
        numbered(header, "E-mail", emails, List.of("Label", "Value"));
        numbered(header, "Phone", phones, List.of("Label", "Value"));
        numbered(header, "Address", addresses, ADDRESS_PARTS);
        numbered(header, "Website", websites, List.of("Label", "Value"));
        csv.printRecord(header);
        for (Contact c : contacts) {
            List<String> row = new ArrayList<>(header.size());
            boolean person = c.isPerson();
            row.add(person ? c.name().given() : "");
            row.add("");
            row.add(person ? c.name().family() : "");
            row.add(person ? c.name().prefix() : "");
            row.add(person ? c.name().suffix() : "");
            row.add(person ? c.name().nickname() : "");
            row.add(c.organisation());
            row.add(c.title());
            row.add(birthday(c.birthday()));
            row.add(c.notes());
            row.add(String.join(" ::: ", c.tags()));
            for (int i = 0; i < emails; i++) {
                Email e = i < c.emails().size() ? c.emails().get(i) : null;
                row.add(e == null ? "" : e.label());
                row.add(e == null ? "" : e.address());
            }
            for (int i = 0; i < phones; i++) {
                Phone p = i < c.phones().size() ? c.phones().get(i) : null;
                row.add(p == null ? "" : p.label());
                row.add(p == null ? "" : p.number());
            }
            for (int i = 0; i < addresses; i++) {
                PostalAddress a = i < c.addresses().size() ? c.addresses().get(i) : null;
                row.add(a == null ? "" : (a.mailing() ? "* " : "") + a.label());
                row.add(a == null ? "" : a.street());
                row.add(a == null ? "" : a.locality());
                row.add(a == null ? "" : a.region());
                row.add(a == null ? "" : a.postalCode());
                row.add(a == null || a.countryCode().isEmpty() ? ""
                        : new Locale("", a.countryCode()).getDisplayCountry(Locale.ENGLISH));
            }
            for (int i = 0; i < websites; i++) {
                Website w = i < c.websites().size() ? c.websites().get(i) : null;
                row.add(w == null ? "" : w.label());
                row.add(w == null ? "" : w.url());
            }
            csv.printRecord(row);
        }
        csv.flush();
    }

    @Override
    public String extension() {
        return "csv";
    }

    private static String birthday(Birthday b) {
        if (b == null) {
            return "";
        }
        String monthDay = String.format(Locale.ROOT, "%02d-%02d", b.month(), b.day());
        return b.year() == null ? "--" + monthDay : b.year() + "-" + monthDay;
    }

    private static void numbered(List<String> header, String what, int count, List<String> parts) {
        for (int i = 1; i <= count; i++) {
            for (String part : parts) {
                header.add(what + " " + i + " - " + part);
            }
        }
    }

    private static int max(List<Contact> contacts, java.util.function.ToIntFunction<Contact> size) {
        return Math.max(1, contacts.stream().mapToInt(size).max().orElse(0));
    }
}
