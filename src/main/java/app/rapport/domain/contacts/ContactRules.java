package app.rapport.domain.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a contact valid. Nothing invalid is saved; every problem names its field. */
public final class ContactRules {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion ISO country used to read numbers typed without a country code */
    public ContactRules(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "US" : defaultRegion;
    }

    public List<Problem> check(Contact c) {
        List<Problem> problems = new ArrayList<>();
        if (c.isPerson() && c.name().isBlank()) {
            problems.add(Problem.of("name", "error.name.required"));
        }
        if (!c.isPerson() && c.organisation().isEmpty()) {
            problems.add(Problem.of("organisation", "error.orgName.required"));
        }
        for (int i = 0; i < c.emails().size(); i++) {
            String problem = emailProblem(c.emails().get(i).address());
            if (problem != null) {
                problems.add(new Problem("email", i, problem));
            }
        }
        for (int i = 0; i < c.phones().size(); i++) {
            String problem = phoneProblem(c.phones().get(i).number());
            if (problem != null) {
                problems.add(new Problem("phone", i, problem));
            }
        }
        for (int i = 0; i < c.websites().size(); i++) {
            String problem = websiteProblem(c.websites().get(i).url());
            if (problem != null) {
                problems.add(new Problem("website", i, problem));
            }
        }
        long mailing = c.addresses().stream().filter(PostalAddress::mailing).count();
        if (mailing > 1) {
            problems.add(Problem.of("address", "error.address.oneMailing"));
        }
        for (int i = 0; i < c.addresses().size(); i++) {
            if (c.addresses().get(i).isBlank()) {
                problems.add(new Problem("address", i, "error.address.empty"));
            }
        }
        return problems;
    }

    /** @return the message key of what is wrong, or null when the address is fine */
    public static String emailProblem(String address) {
        if (address == null || address.isBlank()) {
            return "error.email.empty";
        }
        if (!address.contains("@")) {
            return "error.email.noAt";
        }
        return EMAIL.matcher(address.strip()).matches() ? null : "error.email.invalid";
    }

    public String phoneProblem(String number) {
        if (number == null || number.isBlank()) {
            return "error.phone.empty";
        }
        if (number.chars().filter(Character::isDigit).count() < 3) {
            return "error.phone.invalid";
        }
        try {
            var parsed = PHONES.parse(number, defaultRegion);
            return PHONES.isPossibleNumber(parsed) ? null : "error.phone.invalid";
        } catch (NumberParseException e) {
            return "error.phone.invalid";
        }
    }

    public static String websiteProblem(String url) {
        if (url == null || url.isBlank()) {
            return "error.website.empty";
        }
        String withScheme = url.contains("://") ? url : "https://" + url;
        try {
            URI uri = new URI(withScheme.strip());
            String host = uri.getHost();
            return host == null || !host.contains(".") ? "error.website.invalid" : null;
        } catch (URISyntaxException e) {
            return "error.website.invalid";
        }
    }
}
