package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.SplittableRandom;

/** Türkiye. Mail addresses drop the Turkish letters: Çağrı Yılmaz → cagri.yilmaz. */
final class TurkishCulture extends Culture {
    private static final List<String> MALE = List.of("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan",
            "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Emre", "Burak", "Serkan", "Çağrı", "Oğuz", "Kerem",
            "Barış", "Tolga", "Eren", "Uğur");
    private static final List<String> FEMALE = List.of("Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem",
            "Şerife", "Zehra", "Hülya", "Özlem", "Gülşen", "Derya", "Esra", "Büşra", "Ebru", "Selin", "Defne", "Ece",
            "Işıl", "Çiğdem");
    private static final List<String> FAMILY = List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız",
            "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
            "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karaca", "Güneş", "Aksoy", "Tekin", "Ünal", "Bulut", "Acar");
    private static final List<Title> TITLES = List.of(Title.same("Genel Müdür"), Title.same("Satış Müdürü"),
            Title.same("Satın Alma Uzmanı"), Title.same("Proje Yöneticisi"), Title.same("Yazılım Mühendisi"),
            Title.same("Muhasebe Müdürü"), Title.same("İş Geliştirme Müdürü"), Title.same("Pazarlama Uzmanı"));
    private static final List<String> REGIONS = List.of("Anadolu", "Boğaziçi", "Marmara", "Ege", "Akdeniz",
            "Karadeniz", "Toros", "Kuzey", "Yıldız", "Deniz");
    private static final List<String> BRAND_NOUNS = List.of("Çay", "Kahve", "Zeytin", "Tekstil", "Lokum");
    private static final List<String> NOTES = List.of("Sabahları aranmayı tercih ediyor.", "Fuarda tanıştık.");

    TurkishCulture() {
        super("TR", List.of(
                City.of("İstanbul", "", "istanbul", "212 555 ", 34000, 34990, "İstiklal Caddesi", "Bağdat Caddesi",
                        "Büyükdere Caddesi", "Halaskargazi Caddesi", "Moda Caddesi", "Nispetiye Caddesi"),
                City.of("Ankara", "", "ankara", "312 555 ", 6000, 6990, "Atatürk Bulvarı", "Tunalı Hilmi Caddesi",
                        "Kızılırmak Caddesi"),
                City.of("İzmir", "", "izmir", "232 555 ", 35000, 35990, "Kıbrıs Şehitleri Caddesi", "Atatürk Caddesi",
                        "Talatpaşa Bulvarı"),
                City.of("Bursa", "", "bursa", "224 555 ", 16000, 16990, "Altıparmak Caddesi", "Fevzi Çakmak Caddesi",
                        "Atatürk Caddesi")));
    }

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        return person("", Draw.one(rng, female ? FEMALE : MALE), Draw.one(rng, FAMILY));
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        if (industry == Industry.LAW) {
            String family = Draw.one(rng, FAMILY);
            return new OrgName(family + " Hukuk Bürosu", ascii(family) + "-hukuk");
        }
        if (rng.nextBoolean()) {
            String core = Draw.one(rng, REGIONS) + " " + word(industry);
            return new OrgName(core + " A.Ş.", ascii(core));
        }
        String core = Draw.one(rng, FAMILY) + " " + word(industry);
        return new OrgName(core + " Ltd. Şti.", ascii(core));
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String name = Draw.one(rng, REGIONS) + " " + Draw.one(rng, BRAND_NOUNS);
        return new OrgName(name, ascii(name));
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        return rng.nextBoolean()
                ? new OrgName(city.locality() + " Genç İş İnsanları Derneği", "gider-" + city.latin())
                : new OrgName(city.locality() + " " + word(industry) + " Platformu",
                        ascii(word(industry)) + "-platformu-" + city.latin());
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String line = Draw.one(rng, city.streets()) + " No: " + Draw.between(rng, 1, 250);
        return home ? line + " D: " + Draw.between(rng, 1, 30) : line;
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+90 " + city.dial() + Draw.digits(rng, 2) + " " + Draw.digits(rng, 2);
    }

    @Override
    String infoMailbox() {
        return "iletisim";
    }

    @Override
    List<String> notes() {
        return NOTES;
    }

    private static String word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "Lojistik";
            case SOFTWARE -> "Yazılım";
            case CONSULTING -> "Danışmanlık";
            case CONSTRUCTION -> "İnşaat";
            case FOOD -> "Gıda";
            case HEALTH -> "Sağlık";
            case LAW -> "Hukuk";
            case DESIGN -> "Tasarım";
        };
    }
}
