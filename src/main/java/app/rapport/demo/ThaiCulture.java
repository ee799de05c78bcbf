package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Thailand, in Thai script. Thai has no mechanical romanisation people agree on, so every name
 * part is stored with the spelling its bearer would use (RTGS-like): สมชาย → Somchai.
 * Numbers use 010 after the area code, which no Thai exchange assigns.
 */
final class ThaiCulture extends Culture {
    /** A Thai word and its usual Latin spelling. */
    private record Word(String thai, String latin) {
    }

    private static final List<Word> MALE = words("สมชาย Somchai", "สมศักดิ์ Somsak", "ประเสริฐ Prasert",
            "วิชัย Wichai", "สุรชัย Surachai", "ธนากร Thanakorn", "ณัฐพล Nattaphon", "กิตติพงษ์ Kittiphong",
            "อนุชา Anucha", "ชัยวัฒน์ Chaiwat", "พงศกร Phongsakorn", "ศุภชัย Supachai", "วีระ Weera",
            "ธีรศักดิ์ Theerasak", "อภิชาติ Aphichat");
    private static final List<Word> FEMALE = words("สมหญิง Somying", "มาลี Malee", "สุดา Suda", "ปราณี Pranee",
            "วันเพ็ญ Wanphen", "นภา Napha", "กาญจนา Kanchana", "จิราพร Jiraporn", "ศิริพร Siriporn", "อรุณี Arunee",
            "พิมพ์ชนก Pimchanok", "ณัฐธิดา Natthida", "สุภาพร Supaporn", "รัตนา Rattana", "ธิดารัตน์ Thidarat");
    private static final List<Word> FAMILY = words("ใจดี Jaidee", "ศรีสุข Srisuk", "แสงทอง Saengthong",
            "บุญมา Boonma", "วงศ์สวัสดิ์ Wongsawat", "สุขสวัสดิ์ Suksawat", "ทองดี Thongdee", "รัตนพันธ์ Rattanaphan",
            "จันทร์เพ็ญ Chanphen", "ประเสริฐศักดิ์ Prasertsak", "ศรีวงศ์ Sriwong", "พรหมมา Phromma",
            "แก้วมณี Kaewmanee", "สมบูรณ์ Somboon", "ชัยมงคล Chaimongkol", "มีสุข Meesuk", "เพชรรัตน์ Phetcharat",
            "อินทร์แก้ว Inkaew", "ธนสาร Thanasan", "บุญเรือง Boonruang");
    private static final List<Word> PREFIXES = words("สยาม siam", "ไทย thai", "กรุงเทพ krungthep", "ศรี sri",
            "ทอง thong", "เจริญ charoen", "รุ่งเรือง rungruang", "อรุณ arun", "ล้านนา lanna", "มั่นคง mankhong");
    private static final List<Word> BRAND_NOUNS = words("กาแฟ kafae", "ชา cha", "ผ้าไหม phamai", "สมุนไพร samunphrai");
    private static final Map<String, String> LATIN = new HashMap<>();
    private static final List<Title> TITLES = List.of(Title.same("กรรมการผู้จัดการ"), Title.same("ผู้จัดการฝ่ายขาย"),
            Title.same("ผู้จัดการโครงการ"), Title.same("วิศวกร"), Title.same("เจ้าหน้าที่จัดซื้อ"),
            Title.same("นักบัญชี"), Title.same("ผู้อำนวยการฝ่ายการตลาด"), Title.same("Sales Manager"),
            Title.same("Country Manager"));
    private static final List<String> NOTES = List.of("ชอบคุยทางโทรศัพท์ช่วงเช้า", "พบกันที่งานสัมมนา",
            "Prefers LINE over email.");

    static {
        for (List<Word> list : List.of(MALE, FEMALE, FAMILY)) {
            list.forEach(w -> LATIN.put(w.thai(), w.latin()));
        }
    }

    ThaiCulture() {
        super("TH", List.of(
                City.of("กรุงเทพมหานคร", "", "bangkok", "2 010 ", 10100, 10510, "ถนนสุขุมวิท", "ถนนสีลม",
                        "ถนนพระราม 4", "ถนนรัชดาภิเษก", "ถนนเพชรบุรีตัดใหม่", "ถนนสาทรเหนือ"),
                City.of("เชียงใหม่", "", "chiangmai", "53 010 ", 50000, 50300, "ถนนนิมมานเหมินท์", "ถนนห้วยแก้ว",
                        "ถนนช้างคลาน", "ถนนท่าแพ"),
                City.of("ภูเก็ต", "", "phuket", "76 010 ", 83000, 83150, "ถนนถลาง", "ถนนเทพกระษัตรี", "ถนนภูเก็ต"),
                City.of("ขอนแก่น", "", "khonkaen", "43 010 ", 40000, 40260, "ถนนมิตรภาพ", "ถนนศรีจันทร์",
                        "ถนนหน้าเมือง")));
    }

    private static List<Word> words(String... pairs) {
        return Arrays.stream(pairs).map(p -> p.split(" ")).map(p -> new Word(p[0], p[1])).toList();
    }

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        return person("", Draw.one(rng, female ? FEMALE : MALE).thai(), Draw.one(rng, FAMILY).thai());
    }

    /** Looks each word up; Thai text outside the name lists has no ASCII form. */
    @Override
    String ascii(String text) {
        StringBuilder sb = new StringBuilder();
        for (String part : text.split("\\s+")) {
            sb.append(LATIN.getOrDefault(part, ""));
        }
        return Transliteration.latin(sb.toString());
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        Word first = Draw.one(rng, PREFIXES);
        Word second = Draw.chance(rng, 0.7) ? word(industry) : Draw.one(rng, PREFIXES);
        String stem = first.thai() + second.thai();
        String name = "บริษัท " + stem + " จำกัด" + (Draw.chance(rng, 0.1) ? " (มหาชน)" : "");
        return new OrgName(name, first.latin() + second.latin());
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        Word noun = Draw.one(rng, BRAND_NOUNS);
        Word prefix = Draw.one(rng, PREFIXES);
        return new OrgName(noun.thai() + prefix.thai(), noun.latin() + prefix.latin());
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        if (rng.nextBoolean()) {
            return new OrgName("สมาคมผู้ประกอบการ" + city.locality(), "samakhom-" + city.latin());
        }
        Word field = word(industry);
        return new OrgName("สมาคม" + field.thai() + "ไทย", "samakhom-" + field.latin() + "-thai");
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String number = Draw.between(rng, 1, 999) + (Draw.chance(rng, 0.5) ? "/" + Draw.between(rng, 1, 99) : "");
        String soi = Draw.chance(rng, 0.3) ? " ซอย " + Draw.between(rng, 1, 71) : "";
        return number + soi + " " + Draw.one(rng, city.streets());
    }

    /** Thai postal codes end in 0 for almost every district. */
    @Override
    String postalCode(City city, SplittableRandom rng) {
        return String.format(Locale.ROOT, "%05d", Draw.between(rng, city.postalLow() / 10, city.postalHigh() / 10) * 10);
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        // Bangkok numbers have one digit more after the area code than the provinces
        return "+66 " + city.dial() + Draw.digits(rng, city.dial().startsWith("2 ") ? 4 : 3);
    }

    @Override
    String infoMailbox() {
        return "contact";
    }

    @Override
    List<String> notes() {
        return NOTES;
    }

    /** Thais go by their given name at work: somchai.j@ */
    @Override
    String workMailbox(PersonName name, SplittableRandom rng) {
        String given = ascii(name.given());
        String family = ascii(name.family());
        int style = rng.nextInt(10);
        return style < 5 ? given + "." + family.charAt(0) : style < 8 ? given + "." + family : given;
    }

    private static Word word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> new Word("ขนส่ง", "khonsong");
            case SOFTWARE -> new Word("ซอฟต์แวร์", "software");
            case CONSULTING -> new Word("ที่ปรึกษา", "thiprueksa");
            case CONSTRUCTION -> new Word("ก่อสร้าง", "kosang");
            case FOOD -> new Word("อาหาร", "ahan");
            case HEALTH -> new Word("การแพทย์", "kanphaet");
            case LAW -> new Word("กฎหมาย", "kotmai");
            case DESIGN -> new Word("ดีไซน์", "design");
        };
    }
}
