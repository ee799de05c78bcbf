package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Russia, in Cyrillic. Women carry the feminine form of the family name (Иванов, Иванова).
 * Numbers use 010 after the area code, a prefix no Russian city assigns.
 */
final class RussianCulture extends Culture {
    private static final List<String> MALE = List.of("Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис",
            "Вадим", "Василий", "Виктор", "Владимир", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл",
            "Константин", "Максим", "Михаил", "Никита", "Николай", "Олег", "Павел", "Пётр", "Роман", "Сергей",
            "Степан", "Фёдор", "Юрий");
    private static final List<String> FEMALE = List.of("Александра", "Алёна", "Алина", "Анастасия", "Анна",
            "Валентина", "Вера", "Виктория", "Галина", "Дарья", "Екатерина", "Елена", "Елизавета", "Ирина", "Ксения",
            "Лариса", "Любовь", "Людмила", "Марина", "Мария", "Наталья", "Нина", "Ольга", "Полина", "Светлана",
            "Софья", "Татьяна", "Юлия");
    /** Masculine forms; {@link #feminine} derives the others. */
    private static final List<String> FAMILY = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Ёлкин", "Белов", "Комаров", "Ершов",
            "Щербаков", "Жуков", "Чернов", "Богданов", "Лавров", "Ковалевский", "Вишневский", "Толстой", "Шевченко",
            "Черных", "Бондаренко", "Луговой", "Троицкий");
    private static final List<Title> TITLES = List.of(Title.same("Генеральный директор"),
            Title.same("Коммерческий директор"), Title.same("Менеджер по закупкам"), Title.same("Главный бухгалтер"),
            Title.same("Руководитель отдела продаж"), Title.same("Ведущий инженер"), Title.same("Менеджер проектов"),
            Title.same("Юрист"), Title.same("Логист"), Title.same("Аналитик"), Title.same("Head of Business Development"));
    private static final List<String> STEMS = List.of("Сиб", "Урал", "Волга", "Балт", "Мос", "Нева", "Кам", "Дон",
            "Сев", "Вост", "Тех", "Промо");
    private static final List<String> WORDS = List.of("Тайга", "Ладога", "Северянка", "Самоцвет", "Жар-птица",
            "Былина", "Кедр", "Берёзка", "Иволга", "Сокол");
    private static final List<String> NOTES = List.of("Предпочитает звонки после обеда.",
            "Познакомились на конференции.", "Поставщик из Новосибирска.", "Любит хороший чай.");

    RussianCulture() {
        super("RU", List.of(
                City.of("Москва", "", "moskva", "495 010-", 101000, 129999, "ул. Тверская", "ул. Арбат",
                        "Ленинский пр-т", "ул. Покровка", "ул. Большая Ордынка", "ул. Новый Арбат"),
                City.of("Санкт-Петербург", "", "spb", "812 010-", 190000, 199406, "Невский пр-т", "ул. Рубинштейна",
                        "Лиговский пр-т", "наб. реки Фонтанки", "Большой пр-т В.О."),
                City.of("Новосибирск", "Новосибирская обл.", "novosibirsk", "383 010-", 630000, 630132,
                        "Красный пр-т", "ул. Ленина", "ул. Советская", "ул. Фрунзе", "ул. Кирова"),
                City.of("Екатеринбург", "Свердловская обл.", "ekaterinburg", "343 010-", 620000, 620149,
                        "ул. Малышева", "ул. Вайнера", "пр-т Ленина", "ул. 8 Марта"),
                City.of("Казань", "Республика Татарстан", "kazan", "843 010-", 420000, 420140, "ул. Баумана",
                        "ул. Пушкина", "ул. Кремлёвская", "пр-т Победы")));
    }

    /** The feminine form of a masculine family name: Иванов → Иванова, Троицкий → Троицкая, Черных stays. */
    static String feminine(String family) {
        if (family.endsWith("ий") || family.endsWith("ый") || family.endsWith("ой")) {
            return family.substring(0, family.length() - 2) + "ая";
        }
        if (family.endsWith("ов") || family.endsWith("ев") || family.endsWith("ёв") || family.endsWith("ин")
                || family.endsWith("ын")) {
            return family + "а";
        }
        return family;
    }

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        String family = Draw.one(rng, FAMILY);
        return person("", Draw.one(rng, female ? FEMALE : MALE), female ? feminine(family) : family);
    }

    @Override
    String ascii(String text) {
        return Transliteration.cyrillic(text);
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        String core;
        String label;
        if (industry == Industry.LAW) {
            String family = Draw.one(rng, FAMILY);
            core = family + " и партнёры";
            label = ascii(family) + "-partners";
        } else {
            core = Draw.one(rng, STEMS) + suffix(industry);
            label = ascii(core);
        }
        int form = rng.nextInt(10);
        String name = form < 3 ? "ООО «" + core + "»" : form < 4 ? "АО «" + core + "»" : core;
        return new OrgName(name, label);
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String word = Draw.one(rng, WORDS);
        return new OrgName(word, ascii(word) + "-brand");
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        String word = Draw.one(rng, WORDS);
        return rng.nextBoolean()
                ? new OrgName("Деловой клуб «" + word + "»", "klub-" + ascii(word))
                : new OrgName("Ассоциация предпринимателей «" + city.locality() + "»", "ap-" + city.latin());
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String line = Draw.one(rng, city.streets()) + ", д. " + Draw.between(rng, 1, 120);
        return line + (home ? ", кв. " + Draw.between(rng, 1, 240) : ", офис " + Draw.between(rng, 101, 915));
    }

    @Override
    String postalCode(City city, SplittableRandom rng) {
        return String.format(Locale.ROOT, "%06d", Draw.between(rng, city.postalLow(), city.postalHigh()));
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+7 " + city.dial() + Draw.digits(rng, 2) + "-" + Draw.digits(rng, 2);
    }

    @Override
    List<String> notes() {
        return NOTES;
    }

    @Override
    String workMailbox(PersonName name, SplittableRandom rng) {
        // s.elkin@ is the usual pattern in Russian firms
        String given = ascii(name.given());
        String family = ascii(name.family());
        return rng.nextInt(10) < 6 ? given.charAt(0) + "." + family : family;
    }

    private static String suffix(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "транс";
            case SOFTWARE -> "софт";
            case CONSULTING -> "консалт";
            case CONSTRUCTION -> "строй";
            case FOOD -> "продукт";
            case HEALTH -> "мед";
            case LAW -> "право";
            case DESIGN -> "дизайн";
        };
    }
}
