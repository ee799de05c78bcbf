package app.rapport.io.printing;

import app.rapport.domain.contacts.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order of an address's lines as the destination country's post expects them, written in
 * libaddressinput's notation: %N recipient, %O organisation, %A street lines, %C locality, %S region,
 * %Z postal code, %n a new line. No address-format library is on Maven Central, so the tables are ours,
 * after libaddressinput's data (Latin-script variants where it has two).
 *
 * <p>An empty part takes its separator with it, so no blank lines or stray commas. A region equal to
 * the locality ("Tokyo, Tokyo") is printed once. The destination country, in English capitals, ends
 * the address only when it differs from the sender's, as the UPU asks for mail abroad.
 *
 * @param pattern      the lines in libaddressinput notation
 * @param upper        the parts printed in capitals (e.g. "CZ": the British post town and postcode)
 * @param cityIsRegion a locality given without a region is the province itself (Bangkok), so it goes
 *                     where the province goes
 */
public record AddressFormat(String pattern, String upper, boolean cityIsRegion) {
    public static final AddressFormat DEFAULT = new AddressFormat("%N%n%O%n%A%n%Z %C%n%S", "Z", false);

    private static final Map<String, AddressFormat> BY_COUNTRY = Map.ofEntries(
            Map.entry("US", new AddressFormat("%N%n%O%n%A%n%C, %S %Z", "SZ", false)),
            Map.entry("CA", new AddressFormat("%N%n%O%n%A%n%C %S %Z", "SZ", false)),
            Map.entry("AU", new AddressFormat("%O%n%N%n%A%n%C %S %Z", "CSZ", false)),
            Map.entry("GB", new AddressFormat("%N%n%O%n%A%n%C%n%Z", "CZ", false)),
            Map.entry("DE", new AddressFormat("%N%n%O%n%A%n%Z %C", "Z", false)),
            Map.entry("AT", new AddressFormat("%O%n%N%n%A%n%Z %C", "Z", false)),
            Map.entry("CH", new AddressFormat("%O%n%N%n%A%n%Z %C", "Z", false)),
            Map.entry("NL", new AddressFormat("%O%n%N%n%A%n%Z %C", "Z", false)),
            Map.entry("FR", new AddressFormat("%O%n%N%n%A%n%Z %C", "CZ", false)),
            Map.entry("IT", new AddressFormat("%N%n%O%n%A%n%Z %C %S", "SZ", false)),
            Map.entry("ES", new AddressFormat("%N%n%O%n%A%n%Z %C %S", "Z", false)),
            Map.entry("TR", new AddressFormat("%N%n%O%n%A%n%Z %C/%S", "Z", false)),
            Map.entry("RU", new AddressFormat("%N%n%O%n%A%n%C%n%S%n%Z", "Z", false)),
            Map.entry("TH", new AddressFormat("%N%n%O%n%A%n%C%n%S %Z", "Z", true)),
            // romanised, in Western order, as Japan Post accepts mail from abroad: "Tokyo 100-0001";
            // libaddressinput's Latin format folds the city into the street, which our addresses keep apart
            Map.entry("JP", new AddressFormat("%N%n%O%n%A%n%C, %S %Z", "Z", false)));

    /** The format for an ISO 3166-1 alpha-2 code, or {@link #DEFAULT}. */
    public static AddressFormat forCountry(String countryCode) {
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        return BY_COUNTRY.getOrDefault(code, DEFAULT);
    }

    /** The address's lines for an envelope or label sent from {@code senderCountry}. */
    public static List<String> lines(List<String> recipient, PostalAddress address, String senderCountry) {
        return lines(recipient, "", address, senderCountry);
    }

    /**
     * The address's lines with an organisation line (a work address) placed where the country puts it.
     * An address without a country is taken to be in the sender's.
     */
    public static List<String> lines(List<String> recipient, String organisation, PostalAddress address,
                                     String senderCountry) {
        String sender = senderCountry == null ? "" : senderCountry.strip().toUpperCase(Locale.ROOT);
        String destination = address.countryCode().isEmpty() ? sender : address.countryCode();
        List<String> out = forCountry(destination).format(recipient, organisation, address);
        if (!destination.isEmpty() && !destination.equals(sender)) {
            out.add(countryName(destination));
        }
        return out;
    }

    /** The English name in capitals: "GERMANY"; the code itself when Java does not know it. */
    public static String countryName(String countryCode) {
        String name = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
        return (name.isEmpty() ? countryCode : name).toUpperCase(Locale.ENGLISH);
    }

    /** The lines of this format, without a country line. */
    public List<String> format(List<String> recipient, String organisation, PostalAddress address) {
        String locality = address.locality();
        String region = address.region().equalsIgnoreCase(locality) ? "" : address.region();
        if (cityIsRegion && region.isEmpty()) {
            region = locality;
            locality = "";
        }
        List<String> out = new ArrayList<>();
        for (String line : pattern.split("%n", -1)) {
            String filled = fillLine(line, recipient, organisation == null ? "" : organisation.strip(),
                    address.street(), locality, region, address.postalCode());
            for (String part : filled.split("\n")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /**
     * One pattern line. A literal between two parts is kept only when both are present; when a part in
     * the middle is empty the literal after it joins its neighbours ("City, ST 12345" without a state
     * becomes "City 12345").
     */
    private String fillLine(String line, List<String> recipient, String organisation, String street,
                            String locality, String region, String postalCode) {
        StringBuilder out = new StringBuilder();
        String pendingLiteral = null;
        boolean anyPart = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '%' && i + 1 < line.length()) {
                char field = line.charAt(++i);
                String value = switch (field) {
                    case 'N' -> String.join("\n", recipient);
                    case 'O' -> organisation;
                    case 'A' -> street;
                    case 'C' -> locality;
                    case 'S' -> region;
                    case 'Z' -> postalCode;
                    default -> ""; // parts our addresses do not have (sorting code, dependent locality)
                };
                value = value.strip();
                if (value.isEmpty()) {
                    pendingLiteral = null;
                    continue;
                }
                if (upper.indexOf(field) >= 0) {
                    value = value.toUpperCase(Locale.ROOT);
                }
                if (anyPart && pendingLiteral != null) {
                    out.append(pendingLiteral);
                }
                out.append(value);
                anyPart = true;
                pendingLiteral = null;
            } else {
                pendingLiteral = (pendingLiteral == null ? "" : pendingLiteral) + c;
            }
        }
        return out.toString();
    }
}
