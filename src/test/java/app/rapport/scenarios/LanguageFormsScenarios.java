package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.testing.BackupsDialog;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.LanguageMenu;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * README, In your language: "Plurals follow each language's rules (1 контакт, 2 контакта, 5 контактов),
 * Thai dates are shown in the Buddhist era … Rapport draws wrapped Thai one line at a time" — seen in the
 * window after choosing the language with Language… as the user does.
 */
class LanguageFormsScenarios extends WindowScenario {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale THAI = Locale.forLanguageTag("th");
    /** A note long enough to wrap in the timeline at 1280 pixels: Thai, with no spaces between its words. */
    private static final String THAI_NOTE = "คุยเรื่องการย้ายสำนักงานไปเชียงใหม่ในปีหน้า"
            + "เขาอยากให้เราช่วยแนะนำผู้รับเหมาที่ไว้ใจได้และจะส่งรายละเอียดโครงการมาให้ภายในสัปดาห์นี้"
            + "ควรโทรกลับไปถามเรื่องงบประมาณก่อนสิ้นเดือนและนัดพบกันที่กรุงเทพอีกครั้งหลังปีใหม่"
            + "พร้อมเตรียมรายชื่อบริษัทที่เคยทำงานด้วยกันมาก่อนให้เขาดูด้วย";
    private static final List<String> GIVEN = List.of("Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна",
            "Зоя", "Илья", "Кира", "Лев", "Мария", "Нина", "Олег", "Пётр", "Роза", "Семён", "Тамара", "Ульяна", "Фёдор");
    private static final java.time.LocalDate GOAL_DUE = java.time.LocalDate.now().plusMonths(2);
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void countsFollowEachLanguagesPluralsAndThaiShowsBuddhistYearsAndWrapsLineByLine() throws Exception {
        long[] orlov = new long[1];
        open(s -> {
            orlov[0] = s.contactRepository().insert(person("Иван", "Орлов").build());
            int given = 0;
            for (int i = 0; i < 2; i++) {
                s.contactRepository().insert(person(GIVEN.get(given++), "Попов").build());
            }
            for (int i = 0; i < 5; i++) {
                s.contactRepository().insert(person(GIVEN.get(given++), "Соколов").build());
            }
            long volkov = 0;
            for (int i = 0; i < 13; i++) {
                volkov = s.contactRepository().insert(person(GIVEN.get(given++ % GIVEN.size()), "Волков")
                        .build());
            }
            s.interactions().log(Interaction.with(InteractionType.MEETING, LocalDateTime.of(2026, 11, 22, 10, 0),
                    Direction.MUTUAL, THAI_NOTE, orlov[0]));
            // for this month's bar on the Dashboard, and a goal due in two months
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusMinutes(1),
                    Direction.MUTUAL, "", volkov));
            s.dashboard().setGoal(Indicator.KEPT_IN_TOUCH, 0.8, GOAL_DUE);
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(21);
        assertThat(column("SELECT count(*) FROM contact")).containsExactly(21);
        contacts.waitForCount("21 contacts");
        clickOn("#table");
        contacts.searchFor("Орлов");
        contacts.waitForCount("1 contact matches \u201cОрлов\u201d");
        contacts.searchFor("Соколов");
        contacts.waitForCount("5 contacts match \u201cСоколов\u201d");

        new LanguageMenu(this).choose(RUSSIAN);
        contacts = new ContactsPage(this).waitForRows(21);
        contacts.waitForCount("21 контакт");
        clickOn("#table");
        for (String family : List.of("Орлов", "Попов", "Соколов", "Волков")) {
            contacts.searchFor(family);
            long inFile = ids("SELECT id FROM contact WHERE family_name = ?", family).size();
            String form = switch ((int) inFile) {
                case 1 -> "контакт";
                case 2 -> "контакта";
                default -> "контактов"; // 5, and 13 as every number from 11 to 14
            };
            contacts.waitForCount(inFile + " " + form + " по запросу «" + family + "»");
        }
        assertThat(contacts.count()).isEqualTo("13 контактов по запросу «Волков»");

        new LanguageMenu(this).choose(THAI);
        contacts = new ContactsPage(this).waitForRows(21);
        contacts.waitForCount("ผู้ติดต่อ 21 รายชื่อ"); // Thai has one form for every number
        // the list's Contacted column and the timeline show 22 November 2026 in the Buddhist era, 2569
        ContactsPage page = contacts;
        FxWait.until(() -> "22/11/69".equals(page.cellText(orlov[0], "lastColumn")));
        contacts.clickRow(orlov[0]);
        contacts.waitForForm();
        contacts.selectTab("timelineTab");
        FxWait.until(() -> lookup(".timeline-head").tryQuery().isPresent());
        assertThat(lookup(".timeline-head").queryAs(Label.class).getText()).contains("22 พ.ย. 2569")
                .doesNotContain("2026");
        assertThat(column("SELECT occurred_at FROM interaction WHERE note = ?", THAI_NOTE)).singleElement().asString()
                .startsWith("2026-11-22");

        // the wrapped Thai note is drawn a line at a time: every word, in order, each line within the note
        Label note = lookup((Label l) -> THAI_NOTE.equals(l.getText())).queryAs(Label.class);
        FxWait.until(() -> lines(note) != null && lines(note).isVisible());
        String drawn = WaitForAsyncUtils.asyncFx(() -> lines(note).getText()).get();
        assertThat(drawn.replace("\n", "")).as("every word, in order").isEqualTo(THAI_NOTE);
        List<String> lines = List.of(drawn.split("\n"));
        assertThat(lines).as("lines drawn").hasSizeGreaterThan(1);
        double width = WaitForAsyncUtils.asyncFx(note::getWidth).get();
        for (String line : lines) {
            double lineWidth = WaitForAsyncUtils.asyncFx(() -> {
                Text measure = new Text(line.stripTrailing());
                measure.setFont(note.getFont());
                return measure.getLayoutBounds().getWidth();
            }).get();
            assertThat(lineWidth).as(line).isLessThanOrEqualTo(width);
            // no line starts with a vowel or tone mark that belongs to the letter before it
            assertThat(Character.getType(line.codePointAt(0))).as(line).isNotEqualTo((int) Character.NON_SPACING_MARK);
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> ownText(note).getOpacity()).get()).as("JavaFX's own text hidden")
                .isZero();

        // Backups… dates its copies in the Buddhist era too
        BackupsDialog backups = new BackupsDialog(this).open();
        int buddhistYear = java.time.chrono.ThaiBuddhistDate.now().get(java.time.temporal.ChronoField.YEAR);
        assertThat(backups.column("dateColumn").get(0)).contains(String.valueOf(buddhistYear))
                .doesNotContain(String.valueOf(java.time.LocalDate.now().getYear()));
        backups.close();

        // the Dashboard: the goal's day and the months under the interactions chart in the Buddhist era
        clickOn("#dashboardArea");
        FxWait.until(() -> lookup(GOAL_LINE).tryQuery().isPresent());
        assertThat(lookup(GOAL_LINE).queryAs(Label.class).getText()).contains(String.valueOf(GOAL_DUE.getYear() + 543))
                .doesNotContain(String.valueOf(GOAL_DUE.getYear()));
        // this month as ICU writes it in Thai ("ธ.ค. 69"), its own calendar being the Buddhist one
        String thisMonth = new com.ibm.icu.text.SimpleDateFormat("MMM yy", com.ibm.icu.util.ULocale.forLanguageTag("th"))
                .format(new java.util.Date());
        FxWait.until(() -> lookup(INTERACTIONS_CHART).tryQuery().isPresent());
        List<String> months = WaitForAsyncUtils.asyncFx(() -> List.copyOf(((CategoryAxis) lookup(INTERACTIONS_CHART)
                .queryAs(StackedBarChart.class).getXAxis()).getCategories())).get();
        assertThat(months).contains(thisMonth);
    }

    /** README, Nothing lost: the damaged-database screen offers the last good backup — dated in Thai's era too. */
    @Test
    void aDamagedDatabaseOffersItsLastGoodBackupDatedInTheBuddhistEra() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        java.nio.file.Files.writeString(dir.resolve("data/preferences.properties"), "language=th\n");
        app.rapport.domain.backup.Backup[] good = new app.rapport.domain.backup.Backup[1];
        open(s -> {
            for (int i = 0; i < 300; i++) {
                s.contactRepository().insert(person(GIVEN.get(i % GIVEN.size()), "Волков" + i).build());
            }
            good[0] = s.backups().backUp();
        }, file -> assertThat(app.rapport.testing.Damage.tablePages(file, "contact")).isPositive());
        assertThat(good[0].good()).isTrue();

        // the list ran into the damage, or the start-up backup's check did: either way the window says so
        FxWait.until(() -> lookup("#damageView").tryQuery().isPresent()
                || lookup(".notification-bar .button").tryQuery().isPresent());
        if (lookup("#damageView").tryQuery().isEmpty()) {
            clickOn(lookup(".notification-bar .button").queryButton());
        }
        String lastGood = app.rapport.domain.language.Bundles.of(THAI).getString("damage.lastGood").replace("{0}", "");
        FxWait.until(() -> lookup("#damageBackup").tryQuery().isPresent()
                && lookup("#damageBackup").queryAs(Label.class).getText().startsWith(lastGood));
        int year = good[0].takenAt().getYear();
        assertThat(lookup("#damageBackup").queryAs(Label.class).getText()).contains(String.valueOf(year + 543))
                .doesNotContain(String.valueOf(year));
    }

    /** The Dashboard's line naming a goal ("เป้าหมาย: อย่างน้อย 80% ภายใน …"). */
    private static final java.util.function.Predicate<Label> GOAL_LINE = l -> l.getText() != null
            && l.getText().startsWith("เป้าหมาย");
    /** The Dashboard's chart of interactions by month. */
    private static final java.util.function.Predicate<Node> INTERACTIONS_CHART = n -> n instanceof StackedBarChart;

    /** The lines a label draws in place of its own wrapped text (ADR 0011), or null. */
    private Text lines(Label label) {
        return (Text) label.lookup(".line-by-line");
    }

    /** The label's own text node, which JavaFX draws. */
    private Text ownText(Label label) {
        return label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text t
                && !t.getStyleClass().contains("line-by-line")).map(n -> (Text) n).findFirst().orElseThrow();
    }
}
