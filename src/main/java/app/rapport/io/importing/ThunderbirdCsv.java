package app.rapport.io.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thunderbird's address book CSV ("Export… as Comma Separated" or "Tab Separated"). Thunderbird writes
 * the same 37 columns in the same order in every language, each named in the language of the
 * Thunderbird that wrote it. Some languages give two columns one name (French "Ville" for the home and
 * the work city, German "Anzeigename" for the display and the screen name), so once a header is known
 * as Thunderbird's its columns are read by their position, never by their name. The birthday comes in
 * three columns.
 */
final class ThunderbirdCsv implements CsvDialect {
    /**
     * Thunderbird's columns in the order its export writes them, by the number of their name in
     * Thunderbird's importMsgs.properties: comm-central's AddrBookUtils {@code exportAttributes}, whose
     * columns numbered 0 are not written.
     */
    private static final int[] EXPORT_ORDER = {2100, 2101, 2102, 2103, 2104, 2105, 2136, 2106, 2107, 2108, 2109,
            2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126,
            2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135};
    /** What the column of each name number holds; screen name, department and the custom ones have no place. */
    private static final Map<Integer, CsvColumn> FIELDS = fields();
    /**
     * The column names, numbers 2100 to 2136 in turn, as Thunderbird's importMsgs.properties has them:
     * en-US from comm-central (mail/locales/en-US/chrome/messenger), the others from mozilla-l10n
     * ({@code <locale>/mail/chrome/messenger/importMsgs.properties}). A language without its own name for a
     * column writes the English one; null marks such a gap.
     */
    private static final Map<String, String[]> NAMES = names();
    /** How many of the 37 columns must carry their name at their place: a few may be renamed between versions. */
    static final int ENOUGH = 30;

    private static final Map<String, CsvColumn> BY_HEADER = byHeader();

    @Override
    public FileFormat format() {
        return FileFormat.THUNDERBIRD_CSV;
    }

    /**
     * A header in Thunderbird's order in one of its languages; or, as before, its English or German
     * display name, primary email and birth year columns wherever they stand.
     */
    @Override
    public boolean recognises(List<String> header) {
        return language(header) != null
                || (CsvDialect.has(header, "Display Name") && CsvDialect.has(header, "Primary Email")
                && CsvDialect.has(header, "Birth Year"))
                || (CsvDialect.has(header, "Anzeigename") && CsvDialect.has(header, "Primäre E-Mail-Adresse")
                && CsvDialect.has(header, "Geburtsjahr"));
    }

    /**
     * The language whose names at least {@link #ENOUGH} of the header's first 37 cells carry at their
     * place (its own or the English one), or null. A trailing empty column, and columns a later version
     * adds at the end, are not counted either way.
     */
    static String language(List<String> header) {
        String best = null;
        int bestCount = ENOUGH - 1;
        for (Map.Entry<String, String[]> language : NAMES.entrySet()) {
            int count = 0;
            for (int i = 0; i < Math.min(header.size(), EXPORT_ORDER.length); i++) {
                if (named(header.get(i), language.getValue(), EXPORT_ORDER[i])) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = language.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean named(String cell, String[] names, int number) {
        String own = names[number - 2100];
        String english = NAMES.get("en")[number - 2100];
        return own != null && cell.strip().equalsIgnoreCase(own) || cell.strip().equalsIgnoreCase(english);
    }

    /** By position when the header is Thunderbird's in a language it knows; else by name. */
    @Override
    public List<CsvColumn> columns(List<String> header) {
        if (language(header) == null) {
            return CsvDialect.super.columns(header);
        }
        List<CsvColumn> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(i < EXPORT_ORDER.length ? FIELDS.get(EXPORT_ORDER[i]) : column(header.get(i)));
        }
        return columns;
    }

    @Override
    public CsvColumn column(String header) {
        String h = CsvDialect.lower(header);
        // the export of older versions ends each line with a comma: a last column without a name
        return h.isEmpty() ? CsvColumn.SILENT : BY_HEADER.getOrDefault(h, CsvColumn.UNKNOWN);
    }

    private static Map<Integer, CsvColumn> fields() {
        Map<Integer, CsvColumn> map = new HashMap<>();
        map.put(2100, CsvColumn.of(CsvField.GIVEN_NAME));
        map.put(2101, CsvColumn.of(CsvField.FAMILY_NAME));
        map.put(2102, CsvColumn.of(CsvField.FULL_NAME));
        map.put(2103, CsvColumn.of(CsvField.NICKNAME));
        map.put(2104, CsvColumn.of(CsvField.EMAIL, "email 1", ""));
        map.put(2105, CsvColumn.of(CsvField.EMAIL, "email 2", ""));
        map.put(2106, CsvColumn.of(CsvField.PHONE, "phone work", "work"));
        map.put(2107, CsvColumn.of(CsvField.PHONE, "phone home", "home"));
        map.put(2108, CsvColumn.of(CsvField.PHONE, "phone fax", "work fax"));
        map.put(2109, CsvColumn.of(CsvField.PHONE, "phone pager", "pager"));
        map.put(2110, CsvColumn.of(CsvField.PHONE, "phone mobile", "mobile"));
        map.put(2111, CsvColumn.of(CsvField.STREET, "address home", "home"));
        map.put(2112, CsvColumn.of(CsvField.STREET, "address home", "home"));
        map.put(2113, CsvColumn.of(CsvField.LOCALITY, "address home", "home"));
        map.put(2114, CsvColumn.of(CsvField.REGION, "address home", "home"));
        map.put(2115, CsvColumn.of(CsvField.POSTAL_CODE, "address home", "home"));
        map.put(2116, CsvColumn.of(CsvField.COUNTRY, "address home", "home"));
        map.put(2117, CsvColumn.of(CsvField.STREET, "address work", "work"));
        map.put(2118, CsvColumn.of(CsvField.STREET, "address work", "work"));
        map.put(2119, CsvColumn.of(CsvField.LOCALITY, "address work", "work"));
        map.put(2120, CsvColumn.of(CsvField.REGION, "address work", "work"));
        map.put(2121, CsvColumn.of(CsvField.POSTAL_CODE, "address work", "work"));
        map.put(2122, CsvColumn.of(CsvField.COUNTRY, "address work", "work"));
        map.put(2123, CsvColumn.of(CsvField.TITLE));
        map.put(2124, CsvColumn.UNKNOWN);
        map.put(2125, CsvColumn.of(CsvField.ORGANISATION));
        map.put(2126, CsvColumn.of(CsvField.WEBSITE, "web 1", "work"));
        map.put(2127, CsvColumn.of(CsvField.WEBSITE, "web 2", "home"));
        map.put(2128, CsvColumn.of(CsvField.BIRTH_YEAR));
        map.put(2129, CsvColumn.of(CsvField.BIRTH_MONTH));
        map.put(2130, CsvColumn.of(CsvField.BIRTH_DAY));
        for (int custom = 2131; custom <= 2134; custom++) {
            map.put(custom, CsvColumn.UNKNOWN);
        }
        map.put(2135, CsvColumn.of(CsvField.NOTES));
        map.put(2136, CsvColumn.UNKNOWN);
        return map;
    }

    private static Map<String, String[]> names() {
        Map<String, String[]> map = new LinkedHashMap<>();
        map.put("en", new String[] {"First Name", "Last Name", "Display Name", "Nickname", "Primary Email",
                "Secondary Email", "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
                "Home Address", "Home Address 2", "Home City", "Home State", "Home ZipCode", "Home Country",
                "Work Address", "Work Address 2", "Work City", "Work State", "Work ZipCode", "Work Country",
                "Job Title", "Department", "Organization", "Web Page 1", "Web Page 2", "Birth Year", "Birth Month",
                "Birth Day", "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes", "Screen Name"});
        map.put("de", new String[] {"Vorname", "Nachname", "Anzeigename", "Spitzname", "Primäre E-Mail-Adresse",
                "Sekundäre E-Mail-Adresse", "Tel. dienstlich", "Tel. privat", "Fax-Nummer", "Pager-Nummer",
                "Mobil-Tel.-Nr.", "Privat: Adresse", "Privat: Adresse 2", "Privat: Ort", "Privat: Bundesland",
                "Privat: PLZ", "Privat: Land", "Dienstlich: Adresse", "Dienstlich: Adresse 2", "Dienstlich: Ort",
                "Dienstlich: Bundesland", "Dienstlich: PLZ", "Dienstlich: Land", "Arbeitstitel", "Abteilung",
                "Organisation", "Webseite 1", "Webseite 2", "Geburtsjahr", "Geburtsmonat", "Geburtstag",
                "Benutzerdef. 1", "Benutzerdef. 2", "Benutzerdef. 3", "Benutzerdef. 4", "Notizen", "Anzeigename"});
        map.put("fr", new String[] {"Prénom", "Nom de famille", "Nom à afficher", "Surnom",
                "Première adresse électronique", "Deuxième adresse électronique", "Tél. professionnel",
                "Tél. personnel", "Fax", "Pager", "Portable", "Adresse privée", "Adresse privée 2", "Ville",
                "Pays/État", "Code postal", "Région", "Adresse professionnelle", "Adresse professionnelle 2", "Ville",
                "Pays/État", "Code postal", "Région", "Profession", "Service", "Société", "Site Web 1", "Site Web 2",
                "Année de naissance", "Mois", "Jour", "Divers 1", "Divers 2", "Divers 3", "Divers 4", "Notes",
                "Nom de l'écran"});
        map.put("es-ES", new String[] {"Nombre", "Apellidos", "Nombre mostrado", "Apodo",
                "Dirección de correo electrónico principal", "Dirección de correo electrónico secundaria",
                "Teléfono (Trabajo)", "Teléfono particular", "Fax", "Buscapersonas", "Teléfono móvil",
                "Dirección personal", "Dirección personal 2", "Ciudad donde vive", "Provincia", "Código postal",
                "País de residencia", "Dirección de trabajo", "Dirección de trabajo 2", "Ciudad (Trabajo)",
                "Provincia (Trabajo)", "Código postal (Trabajo)", "País (Trabajo)", "Puesto", "Departamento",
                "Organización", "Página web 1", "Página web 2", "Año de nacimiento", "Mes de nacimiento",
                "Día de nacimiento", "Personalizado 1", "Personalizado 2", "Personalizado 3", "Personalizado 4",
                "Notas", "Nombre en pantalla"});
        map.put("it", new String[] {"Nome", "Cognome", "Nome visualizzato", "Soprannome", "E-mail primaria",
                "E-mail secondaria", "Telefono lavoro", "Telefono casa", "Numero fax", "Numero cercapersone",
                "Numero cellulare", "Indirizzo di casa", "Indirizzo di casa 2", "Città di residenza",
                "Provincia di residenza", "CAP di residenza", "Nazione di residenza", "Indirizzo di lavoro",
                "Indirizzo di lavoro 2", "Città di lavoro", "Provincia di lavoro", "CAP di lavoro", "Nazione di lavoro",
                "Qualifica", "Reparto", "Organizzazione", "Pagina web 1", "Pagina web 2", "Anno di nascita",
                "Mese di nascita", "Giorno di nascita", "Personalizzato 1", "Personalizzato 2", "Personalizzato 3",
                "Personalizzato 4", "Note", null});
        map.put("nl", new String[] {"Voornaam", "Achternaam", "Weergavenaam", "Bijnaam", "Eerste e-mail",
                "Tweede e-mail", "Telefoon werk", "Telefoon thuis", "Faxnummer", "Piepernummer", "Mobiel nummer",
                "Adres", "Adres 2", "Woonplaats", "Provincie", "Postcode", "Land", "Werkadres", "Werkadres 2",
                "Werklocatie", "Werkprovincie", "Werkpostcode", "Werkland", "Werkfunctie", "Afdeling", "Organisatie",
                "Webpagina 1", "Webpagina 2", "Geboortejaar", "Geboortemaand", "Geboortedag", "Overig 1", "Overig 2",
                "Overig 3", "Overig 4", "Aantekeningen", "Schermnaam"});
        map.put("pl", new String[] {"Imię", "Nazwisko", "Wyświetlana nazwa", "Pseudonim", "Podstawowy e-mail",
                "Dodatkowy e-mail", "Telefonu służbowy", "Telefon domowy", "Numer faksu", "Pager",
                "Numer telefonu komórkowego", "Adres domowy", "Adres domowy 2", "Miasto (dom)", "Województwo (dom)",
                "Kod pocztowy (dom)", "Państwo (dom)", "Adres służbowy", "Adres służbowy 2", "Miasto (praca)",
                "Województwo (praca)", "Kod pocztowy (praca)", "Państwo (praca)", "Stanowisko", "Departament",
                "Firma/Organizacja", "Strona WWW 1", "Strona WWW 2", "Urodziny - Rok", "Urodziny - Miesiąc",
                "Urodziny - Dzień", "Informacja 1", "Informacja 2", "Informacja 3", "Informacja 4", "Notatki",
                "Komunikator AIM"});
        map.put("pt-BR", new String[] {"Primeiro nome", "Sobrenome", "Apresentar como", "Apelido", "E-mail primário",
                "E-mail secundário", "Telefone comercial", "Telefone residencial", "Número do fax", "Número do pager",
                "Número celular", "Endereço", "Endereço 2", "Cidade", "Estado", "CEP", "País", "Endereço de trabalho",
                "Endereço de trabalho 2", "Cidade de trabalho", "Estado de trabalho", "CEP de trabalho",
                "País de trabalho", "Cargo", "Setor", "Empresa", "Página da web 1", "Página da web 2",
                "Ano de nascimento", "Mês de nascimento", "Nascimento", "Personalizado 1", "Personalizado 2",
                "Personalizado 3", "Personalizado 4", "Observações", "Nome de tela"});
        map.put("ru", new String[] {"Имя", "Фамилия", "Отображаемое имя", "Псевдоним", "Адрес электронной почты",
                "Альтернативный адрес электронной почты", "Рабочий телефон", "Домашний телефон", "Номер факса",
                "Номер пейджера", "Номер сотового телефона", "Адрес", "Адрес 2", "Город", "Штат", "Почтовый индекс",
                "Страна", "Адрес (раб.)", "Адрес 2 (раб.)", "Город (раб.)", "Штат (раб.)", "Почтовый индекс (раб.)",
                "Страна (раб.)", "Должность", "Отдел", "Организация", "Веб-страница 1", "Веб-страница 2",
                "Год рождения", "Месяц рождения", "День рождения", "Прочее 1", "Прочее 2", "Прочее 3", "Прочее 4",
                "Заметки", "Интернет-пейджер"});
        map.put("ja", new String[] {"名", "姓", "表示名", "ニックネーム", "メールアドレス", "別のメールアドレス",
                "勤務先の電話番号", "自宅の電話番号", "FAX 番号", "ポケットベル番号", "携帯電話番号", "番地 (自宅)",
                "番地 (自宅) 2", "市区町村 (自宅)", "都道府県 (自宅)", "郵便番号 (自宅)", "国 (自宅)", "番地 (勤務先)",
                "番地 (勤務先) 2", "市区町村 (勤務先)", "都道府県 (勤務先)", "郵便番号 (勤務先)", "国 (勤務先)", "役職",
                "部門", "組織", "ウェブページ 1", "ウェブページ 2", "誕生年", "誕生月", "誕生日", "追加情報 1",
                "追加情報 2", "追加情報 3", "追加情報 4", "メモ", "スクリーンネーム"});
        map.put("sv-SE", new String[] {"Förnamn", "Efternamn", "Visa", "Smeknamn", "E-post", "Ytterligare e-post",
                "Telefon arbete", "Telefon privat", "Faxnummer", "Personsökare", "Mobiltelefon",
                "Adress privat (rad 1)", "Adress privat (rad 2)", "Stad privat", "Landsdel (Stat) privat",
                "Postnummer privat", "Land privat", "Adress arbete (rad 1)", "Adress arbete (rad 2)", "Stad arbete",
                "Landsdel (Stat) arbete", "Postnummer arbete", "Land arbete", "Titel", "Avdelning", "Organisation",
                "Webbplats privat", "Webbplats arbete", "Född år", "Född månad", "Född dag", "Annan uppgift 1",
                "Annan uppgift 1", "Annan uppgift 1", "Annan uppgift 1", "Anteckningar", null});
        map.put("cs", new String[] {"Křestní jméno", "Příjmení", "Zobrazené jméno", "Přezdívka", "První e-mail",
                "Druhý e-mail", "Telefon do zaměstnání", "Telefon domů", "Faxové číslo", "Číslo na pager",
                "Číslo na mobil", "Adresa domů", "Adresa domů 2", "Město", "Kraj", "PSČ", "Země",
                "Adresa do zaměstnání", "Adresa do zaměstnání 2", "Město", "Kraj", "PSČ", "Země", "Pozice", "Oddělení",
                "Společnost", "Webová stránka 1", "webová stránka 2", "Rok narození", "Měsíc narození", "Den narození",
                "Vlastní 1", "Vlastní 2", "Vlastní 3", "Vlastní 4", "Poznámky", null});
        map.put("pt-PT", new String[] {"Primeiro Nome", "Último Nome", "Mostrar Nome", "Alcunha", "Correio Primário",
                "Correio Secundário", "Telefone do Trabalho", "Telefone de Casa", "Número de Fax", "Número do Pager",
                "Número do Telemóvel", "Endereço de Casa", "Endereço de Casa 2", "Cidade Natal", "Estado",
                "Código Postal", "Nacionalidade", "Endereço de Trabalho", "Endereço de Trabalho 2",
                "Cidade de Trabalho", "Estado do Local de Trabalho", "Código Postal do Trabalho", "País do Trabalho",
                "Profissão", "Departamento", "Organização", "Página Web 1", "Página Web 2", "Aniversário",
                "Mês de Nascimento", "Dia de Aniversário", "Personalização 1", "Personalização 2",
                "Personalização 3", "Personalização 4", "Notas", "Nome do ecrã"});
        map.put("uk", new String[] {"Ім’я", "Прізвище", "Ім’я, що відображається", "Псевдонім",
                "Адреса електронної пошти", "Альтернативна адреса електронної пошти", "Телефон (роб.)", "Телефон",
                "Номер факсу", "Номер пейджера", "Номер мобільного телефону", "Адреса", "Адреса 2", "Місто",
                "Область", "Поштовий індекс", "Країна", "Адреса (роб.)", "Адрес 2 (раб.)", "Місто (роб.)",
                "Область (роб.)", "Поштовий індекс (роб.)", "Країна (роб.)", "Посада", "Відділ", "Організація",
                "Веб-сторінка 1", "Веб-сторінка 2", "Рік народження", "Місяць народження", "День народження",
                "Інше 1", "Інше 2", "Інше 3", "Інше 4", "Замітки", "Screen Name"});
        map.put("zh-CN", new String[] {"名字", "姓氏", "显示姓名", "昵称", "主要电子邮件", "备用电子邮件", "工作电话",
                "家庭电话", "传真号码", "寻呼机号码", "移动电话号码", "家庭地址", "家庭地址 2", "城市", "省/自治区/直辖市",
                "邮政编码", "国家", "工作地址", "工作地址 2", "城市", "省/自治区/直辖市", "邮政编码", "国家", "职务", "部门",
                "公司", "网页 1", "网页 2", "出生年份", "出生月份", "出生日", "定制 1", "定制 2", "定制 3", "定制 4", "注释",
                null});
        map.put("da", new String[] {"Fornavn", "Efternavn", "Vis navn", "Alias", "Primær mail", "Sekundær mail",
                "Arbejdstelefon", "Hjemmetelefon", "Faxnummer", "Personsøgernummer", "Mobilnummer", "Hjemmeadresse",
                "Hjemmeadresse 2", "Hjemmeby", "Hjemmestat", "Hjemmepostnummer", "Hjemmeland", "Arbejdsadresse",
                "Arbejdsadresse 2", "Arbejdsby", "Arbejdsstat", "Arbejdspostnummer", "Arbejdsland", "Job titel",
                "Afdeling", "Organisation", "Hjemmeside 1", "Hjemmeside 2", "Fødselsår", "Fødselsmåned", "Fødselsdag",
                "Brugerdef. 1", "Brugerdef. 2", "Brugerdef. 3", "Brugerdef. 4", "Notater", "Skærmnavn"});
        map.put("fi", new String[] {"Etunimi", "Sukunimi", "Näytettävä nimi", "Lempinimi", "Ensisijainen sähköposti",
                "Toissijainen sähköposti", "Työpuhelin", "Kotipuhelin", "Faksin numero", "Hakulaitteen numero",
                "Matkapuhelinnumero", "Kotiosoite", "Kotiosoite 2", "Kotikaupunki", "Kodin lääni", "Kodin postinumero",
                "Kotimaa", "Työosoite", "Työosoite 2", "Työpaikan kaupunki", "Työpaikan lääni", "Työpaikan postinumero",
                "Työpaikan maa", "Ammattinimi", "Osasto", "Järjestö", "Verkkosivu 1", "Verkkosivu 2", "Syntymävuosi",
                "Syntymäkuukausi", "Syntymäpäivä", "Oma 1", "Oma 2", "Oma 3", "Oma 4", "Muistiinpanot", "Näyttönimi"});
        map.put("hu", new String[] {"Utónév", "Vezetéknév", "Megjelenő név", "Becenév", "Elsődleges e-mail",
                "Másodlagos e-mail", "Munkahelyi telefon", "Otthoni telefon", "Fax", "Személyhívó", "Mobil",
                "Otthoni cím", "Otthoni cím 2", "Város", "Állam", "Irányítószám", "Ország", "Munkahelyi cím",
                "Munkahelyi cím 2", "Város (munkahely):", "Állam (munkahely):", "Irányítószám (munkahely):",
                "Ország (munkahely):", "Beosztás", "Részleg", "Szervezet", "Weboldal 1", "Weboldal 2", "Születési év",
                "Születési hónap", "Születési nap", "Egyéni 1", "Egyéni 2", "Egyéni 3", "Egyéni 4", "Megjegyzés",
                "Felhasználónév"});
        for (Map.Entry<String, String[]> e : map.entrySet()) {
            if (e.getValue().length != EXPORT_ORDER.length) {
                throw new IllegalStateException(e.getKey() + " has " + e.getValue().length + " column names");
            }
        }
        return map;
    }

    /** The English and German names, each to its column, for a header not in Thunderbird's order. */
    private static Map<String, CsvColumn> byHeader() {
        Map<String, CsvColumn> map = new HashMap<>();
        for (String language : new String[] {"en", "de"}) {
            String[] names = NAMES.get(language);
            for (int number = 2100; number <= 2135; number++) {
                CsvColumn column = FIELDS.get(number);
                if (column.field() != CsvField.IGNORE) {
                    map.putIfAbsent(CsvDialect.lower(names[number - 2100]), column);
                }
            }
        }
        return map;
    }
}
