package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Japan, romanised in Hepburn with long vowels marked (Satō), as on business cards for abroad. */
final class JapaneseCulture extends Culture {
    private static final List<String> MALE = List.of("Hiroshi", "Takashi", "Kenji", "Haruto", "Yūto", "Sōta",
            "Daiki", "Kazuki", "Ryōta", "Shōta", "Takumi", "Yūsuke", "Kenta", "Naoki", "Satoshi", "Makoto", "Akira",
            "Kōji", "Tetsuya", "Shin");
    private static final List<String> FEMALE = List.of("Yuki", "Haruka", "Aoi", "Yui", "Sakura", "Misaki", "Nanami",
            "Ayaka", "Mai", "Emi", "Yōko", "Keiko", "Tomoko", "Naomi", "Rin", "Hina", "Kaori", "Megumi", "Asuka", "Mika");
    private static final List<String> FAMILY = List.of("Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō",
            "Yamamoto", "Nakamura", "Kobayashi", "Katō", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto",
            "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Ishikawa",
            "Ogawa", "Okada", "Gotō", "Hasegawa", "Murakami", "Kondō", "Saitō", "Endō", "Aoki", "Fujita", "Ōta");
    private static final List<Title> TITLES = List.of(Title.same("Sales Manager"), Title.same("General Manager"),
            Title.same("Section Chief"), Title.same("Project Manager"), Title.same("Engineer"), Title.same("Director"),
            Title.same("President"), Title.same("Accountant"), Title.same("Deputy General Manager"));
    private static final List<String> WORDS = List.of("Sakura", "Fuji", "Yamato", "Hikari", "Asahi", "Nippon",
            "Tōkai", "Kansai", "Midori", "Hoshi");
    private static final List<String> BRAND_NOUNS = List.of("Tea", "Cosmetics", "Craft", "Kitchen");

    JapaneseCulture() {
        super("JP", List.of(
                City.of("Tokyo", "Tokyo", "tokyo", "3-5555-0", 1000001, 1070062, "Marunouchi, Chiyoda-ku",
                        "Nishi-Shinjuku, Shinjuku-ku", "Jingūmae, Shibuya-ku", "Roppongi, Minato-ku",
                        "Nihonbashi, Chūō-ku"),
                City.of("Osaka", "Osaka", "osaka", "6-6555-0", 5300001, 5420086, "Umeda, Kita-ku", "Namba, Chūō-ku",
                        "Honmachi, Chūō-ku"),
                City.of("Yokohama", "Kanagawa", "yokohama", "45-555-0", 2200001, 2310068, "Minatomirai, Nishi-ku",
                        "Kannai, Naka-ku"),
                City.of("Nagoya", "Aichi", "nagoya", "52-555-0", 4500001, 4600026, "Sakae, Naka-ku",
                        "Meieki, Nakamura-ku"),
                City.of("Fukuoka", "Fukuoka", "fukuoka", "92-555-0", 8100001, 8120045, "Tenjin, Chūō-ku",
                        "Hakata-ekimae, Hakata-ku")));
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
            return new OrgName(family + " Hōritsu Jimusho", ascii(family) + "-law");
        }
        String core = (rng.nextBoolean() ? Draw.one(rng, WORDS) : Draw.one(rng, FAMILY)) + " " + word(industry);
        return new OrgName(core + (rng.nextBoolean() ? " Co., Ltd." : " K.K."), ascii(core));
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String name = Draw.one(rng, WORDS) + " " + Draw.one(rng, BRAND_NOUNS);
        return new OrgName(name, ascii(name));
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        String name = city.locality() + (rng.nextBoolean() ? " Business Circle" : " Young Entrepreneurs Club");
        return new OrgName(name, ascii(name));
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        return Draw.between(rng, 1, 9) + "-" + Draw.between(rng, 1, 30) + "-" + Draw.between(rng, 1, 20) + " "
                + Draw.one(rng, city.streets());
    }

    @Override
    String postalCode(City city, SplittableRandom rng) {
        int code = Draw.between(rng, city.postalLow(), city.postalHigh());
        return String.format(Locale.ROOT, "%03d-%04d", code / 10000, code % 10000);
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+81 " + city.dial() + Draw.digits(rng, 3);
    }

    private static String word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "Butsuryū";
            case SOFTWARE -> "Software";
            case CONSULTING -> "Consulting";
            case CONSTRUCTION -> "Kensetsu";
            case FOOD -> "Shokuhin";
            case HEALTH -> "Medical";
            case LAW -> "Law";
            case DESIGN -> "Design";
        };
    }
}
