package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.PostalAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressFormatTest {
    private static final List<String> IVANOVS = List.of("Anna & Boris Ivanov");

    private static PostalAddress address(String street, String locality, String region, String postalCode, String country) {
        return new PostalAddress("home", street, locality, region, postalCode, country, true);
    }

    @Test
    void unitedStatesPutsCityStateAndZipOnOneLine() {
        PostalAddress white = address("1600 Pennsylvania Ave NW", "Washington", "dc", "20500", "US");
        assertThat(AddressFormat.lines(IVANOVS, white, "US"))
                .containsExactly("Anna & Boris Ivanov", "1600 Pennsylvania Ave NW", "Washington, DC 20500");
        assertThat(AddressFormat.lines(IVANOVS, white, "DE"))
                .containsExactly("Anna & Boris Ivanov", "1600 Pennsylvania Ave NW", "Washington, DC 20500", "UNITED STATES");
    }

    @Test
    void aMissingPartTakesItsSeparatorWithIt() {
        assertThat(AddressFormat.lines(IVANOVS, address("1 Main St", "Springfield", "", "12345", "US"), "US"))
                .containsExactly("Anna & Boris Ivanov", "1 Main St", "Springfield 12345");
        assertThat(AddressFormat.lines(IVANOVS, address("1 Main St", "Springfield", "IL", "", "US"), "US"))
                .containsExactly("Anna & Boris Ivanov", "1 Main St", "Springfield, IL");
        assertThat(AddressFormat.lines(IVANOVS, address("1 Main St", "", "IL", "62701", "US"), "US"))
                .containsExactly("Anna & Boris Ivanov", "1 Main St", "IL 62701");
    }

    @Test
    void britainPutsThePostTownInCapitalsAboveThePostcode() {
        PostalAddress downing = address("10 Downing Street", "London", "Greater London", "sw1a 2aa", "GB");
        assertThat(AddressFormat.lines(List.of("Jane Smith"), downing, "GB"))
                .containsExactly("Jane Smith", "10 Downing Street", "LONDON", "SW1A 2AA");
    }

    @Test
    void germanyPutsThePostcodeBeforeTheCity() {
        PostalAddress berlin = address("Hauptstr. 5", "Berlin", "", "10115", "DE");
        assertThat(AddressFormat.lines(List.of("Max Mustermann"), berlin, "DE"))
                .containsExactly("Max Mustermann", "Hauptstr. 5", "10115 Berlin");
        assertThat(AddressFormat.lines(List.of("Max Mustermann"), berlin, "US"))
                .containsExactly("Max Mustermann", "Hauptstr. 5", "10115 Berlin", "GERMANY");
    }

    @Test
    void franceNamesTheOrganisationFirstAndTheCityInCapitals() {
        PostalAddress paris = address("12 rue de la Paix", "Paris", "Île-de-France", "75002", "FR");
        assertThat(AddressFormat.lines(List.of("Marie Curie"), "Dupont SARL", paris, "DE"))
                .containsExactly("Dupont SARL", "Marie Curie", "12 rue de la Paix", "75002 PARIS", "FRANCE");
    }

    @Test
    void russiaGoesFromStreetToCityToRegionToPostcode() {
        PostalAddress novosibirsk = address("Красный пр-т, д. 25, кв. 7", "Новосибирск", "Новосибирская обл.",
                "630099", "RU");
        assertThat(AddressFormat.lines(List.of("Ёлкин Пётр Иванович"), novosibirsk, "RU"))
                .containsExactly("Ёлкин Пётр Иванович", "Красный пр-т, д. 25, кв. 7", "Новосибирск",
                        "Новосибирская обл.", "630099");
        PostalAddress moscow = address("ул. Тверская, д. 7, кв. 12", "Москва", "", "125009", "RU");
        assertThat(AddressFormat.lines(List.of("Ёлкин Пётр"), moscow, "DE"))
                .containsExactly("Ёлкин Пётр", "ул. Тверская, д. 7, кв. 12", "Москва", "125009", "RUSSIA");
    }

    @Test
    void thailandEndsWithProvinceAndPostcode() {
        PostalAddress bangkok = address("123/4 ซอย 11 ถนนสุขุมวิท", "กรุงเทพมหานคร", "", "10110", "TH");
        assertThat(AddressFormat.lines(List.of("สมชาย ใจดี"), bangkok, "TH"))
                .containsExactly("สมชาย ใจดี", "123/4 ซอย 11 ถนนสุขุมวิท", "กรุงเทพมหานคร 10110");
        PostalAddress chiangMai = address("45 ถนนนิมมานเหมินท์", "อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200", "TH");
        assertThat(AddressFormat.lines(List.of("สมชาย ใจดี"), chiangMai, "GB"))
                .containsExactly("สมชาย ใจดี", "45 ถนนนิมมานเหมินท์", "อำเภอเมืองเชียงใหม่", "เชียงใหม่ 50200", "THAILAND");
    }

    @Test
    void japanRomanisedGivesCityPrefectureAndPostcodeLast() {
        PostalAddress tokyo = address("1-2-3 Marunouchi, Chiyoda-ku", "Tokyo", "Tokyo", "100-0001", "JP");
        assertThat(AddressFormat.lines(List.of("Satō Yuki"), tokyo, "DE"))
                .containsExactly("Satō Yuki", "1-2-3 Marunouchi, Chiyoda-ku", "Tokyo 100-0001", "JAPAN");
        PostalAddress yokohama = address("4-5-6 Minatomirai, Nishi-ku", "Yokohama", "Kanagawa", "220-0012", "JP");
        assertThat(AddressFormat.lines(List.of("Satō Yuki"), yokohama, "JP"))
                .containsExactly("Satō Yuki", "4-5-6 Minatomirai, Nishi-ku", "Yokohama, Kanagawa 220-0012");
    }

    @Test
    void germanSpeakingAndDutchPostcodesComeBeforeTheCity() {
        assertThat(AddressFormat.lines(List.of("Anna Huber"), address("Stephansplatz 1", "Wien", "", "1010", "AT"), "DE"))
                .containsExactly("Anna Huber", "Stephansplatz 1", "1010 Wien", "AUSTRIA");
        assertThat(AddressFormat.lines(List.of("Urs Meier"), address("Bahnhofstrasse 1", "Zürich", "ZH", "8001", "CH"), "CH"))
                .containsExactly("Urs Meier", "Bahnhofstrasse 1", "8001 Zürich");
        assertThat(AddressFormat.lines(List.of("Daan de Vries"), address("Damrak 1", "Amsterdam", "", "1012 lg", "NL"), "DE"))
                .containsExactly("Daan de Vries", "Damrak 1", "1012 LG Amsterdam", "NETHERLANDS");
    }

    @Test
    void italyAndSpainAddTheProvinceAfterTheCity() {
        assertThat(AddressFormat.lines(List.of("Giulia Rossi"), address("Via del Corso 1", "Roma", "rm", "00186", "IT"), "IT"))
                .containsExactly("Giulia Rossi", "Via del Corso 1", "00186 Roma RM");
        assertThat(AddressFormat.lines(List.of("Lucía García"), address("Calle de Alcalá 1", "Madrid", "Madrid", "28014", "ES"), "FR"))
                .containsExactly("Lucía García", "Calle de Alcalá 1", "28014 Madrid", "SPAIN");
    }

    @Test
    void canadaAndAustraliaEndWithCityStateAndPostcode() {
        assertThat(AddressFormat.lines(List.of("Émile Tremblay"), address("24 Sussex Dr", "Ottawa", "ON", "K1M 1M4", "CA"), "US"))
                .containsExactly("Émile Tremblay", "24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA");
        assertThat(AddressFormat.lines(List.of("Olivia Smith"), address("1 Macquarie St", "Sydney", "NSW", "2000", "AU"), "AU"))
                .containsExactly("Olivia Smith", "1 Macquarie St", "SYDNEY NSW 2000");
    }

    @Test
    void turkeyJoinsDistrictAndProvinceWithASlash() {
        assertThat(AddressFormat.lines(List.of("Ayşe Yılmaz"), address("İstiklal Cd. No: 1", "Beyoğlu", "İstanbul", "34430", "TR"), "DE"))
                .containsExactly("Ayşe Yılmaz", "İstiklal Cd. No: 1", "34430 Beyoğlu/İstanbul", "TURKEY");
    }

    @Test
    void otherCountriesGetPostcodeCityThenRegion() {
        assertThat(AddressFormat.lines(List.of("Jan Kowalski"), address("ul. Marszałkowska 1", "Warszawa", "mazowieckie", "00-001", "PL"), "DE"))
                .containsExactly("Jan Kowalski", "ul. Marszałkowska 1", "00-001 Warszawa", "mazowieckie", "POLAND");
    }

    @Test
    void severalStreetLinesStayAndEmptyOnesGo() {
        PostalAddress flat = address("Flat 2\n\nThe Old Mill\n12 High St", "York", "", "", "GB");
        assertThat(AddressFormat.lines(List.of("Jane Smith", ""), flat, "GB"))
                .containsExactly("Jane Smith", "Flat 2", "The Old Mill", "12 High St", "YORK");
    }

    @Test
    void anAddressWithoutACountryIsInTheSendersCountry() {
        PostalAddress berlin = address("Hauptstr. 5", "Berlin", "", "10115", "");
        assertThat(AddressFormat.lines(List.of("Max Mustermann"), berlin, "DE"))
                .containsExactly("Max Mustermann", "Hauptstr. 5", "10115 Berlin");
        assertThat(AddressFormat.lines(List.of("Max Mustermann"), berlin, ""))
                .containsExactly("Max Mustermann", "Hauptstr. 5", "10115 Berlin");
    }

    @Test
    void everyTableUsesOnlyTheKnownParts() {
        for (String code : List.of("US", "GB", "DE", "FR", "RU", "TH", "JP", "AT", "CH", "NL", "IT", "ES", "CA", "AU", "TR")) {
            AddressFormat format = AddressFormat.forCountry(code);
            assertThat(format).as(code).isNotEqualTo(AddressFormat.DEFAULT);
            assertThat(format.pattern().replaceAll("%[NOACSZn]", "")).as(code).doesNotContain("%");
        }
        assertThat(AddressFormat.forCountry("pl")).isEqualTo(AddressFormat.DEFAULT);
        assertThat(AddressFormat.forCountry(null)).isEqualTo(AddressFormat.DEFAULT);
    }
}
