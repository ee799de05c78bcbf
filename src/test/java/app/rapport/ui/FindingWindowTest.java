package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.contacts.ContactRow;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding and showing, as a user meets them in the real window: the contact pickers, "Loading…"
 * before an empty list is claimed, figures that agree between the list and the tabs, the flag
 * warning's wording, and the window coming back as it was left.
 */
class FindingWindowTest extends WindowScenario {
    private final ContactsPage page = new ContactsPage(this);
    private static final String COMPANY = "Isar Software GmbH";
    /** Employees whose names sort before the company's: the old picker showed eight of them and stopped. */
    private static final String[] FAMILIES = {"Adler", "Bauer", "Becker", "Braun", "Dietrich", "Engel", "Fischer",
        "Frank", "Graf", "Hahn", "Hoffmann", "Huber", "Jung", "Kaiser", "Keller", "Klein", "Koch", "Krause",
        "Lang", "Lorenz", "Maier", "Meyer", "Neumann", "Otto", "Peters", "Roth", "Sauer", "Schulz", "Vogel",
        "Wolf"};

    long zora;
    long company;
    long boris;
    long clara;

    @BeforeEach
    void start() throws Exception {
        open(s -> {
            zora = s.contactRepository().insert(person("Zora", "Zimmer").build());
            company = s.contactRepository().insert(organisation(COMPANY).build());
            for (String family : FAMILIES) {
                s.contactRepository().insert(person("Anna", family).worksAt(COMPANY, "Engineer").build());
            }
            boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveRelationship(Relationship.empty(boris).withCadence(Cadence.weeks(2))
                    .withFlag(true, "Sued a client last year"));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusMonths(2),
                    Direction.MUTUAL, "catch-up", boris));
            clara = s.contactRepository().insert(person("Clara", "Chen").tag("client").build());
            s.relationships().setTagCadence("client", Cadence.days(90));
            // cards logged by hand over the year, none through a card list
            for (int i = 1; i <= 5; i++) {
                s.interactions().log(Interaction.with(InteractionType.CARD, LocalDateTime.now().minusMonths(i),
                        Direction.GIVEN, "", clara));
            }
        }, file -> {
            // scores as computed earlier today: the start does not compute them again
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE contact SET score = 1, scored_on = '" + LocalDate.now() + "'");
            }
        });
        goToContacts();
        new ContactsPage(this).waitForRows(FAMILIES.length + 4);
    }

    private void launch() throws Exception {
        startRapport();
        goToContacts();
        new ContactsPage(this).waitForRows(FAMILIES.length + 4);
    }

    @AfterEach
    void leaveTheStageFresh() throws Exception {
        quitRapport();
        // the test stage is shared with the next test class: leave it as a fresh window opens
        openFresh(FxToolkit.toolkitContext().getRegisteredStage());
    }

    /** Puts the stage where and as large as a fresh window opens: at the corner, at the default size. */
    private void openFresh(Stage stage) {
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    /** The texts a picker's popup shows now, top to bottom, whichever kind of popup it is. */
    private List<String> offered() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof javafx.stage.PopupWindow && w.getScene() != null) {
                    // a list of matches, or the menu of matches pickers used to show
                    for (String selector : List.of(".list-cell", ".menu-item .label")) {
                        for (Node n : w.getScene().getRoot().lookupAll(selector)) {
                            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                                    && n.isVisible()) {
                                texts.add(l.getText());
                            }
                        }
                    }
                }
            }
            return texts;
        }).get();
    }

    /** The match with this text in the picker's popup, to click as a user does. */
    private Node offeredNode(String text) {
        return lookup(n -> n instanceof Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow)
                .queryAs(Node.class);
    }

    private void openTieDialogFor(long id) throws Exception {
        page.open(id);
        page.selectTab("tiesTab");
        clickOn("#addTie");
        FxWait.until(() -> lookup("#tieOther").tryQuery().isPresent());
    }

    @Test
    void aPickerOffersTheCompanyTypedInFullBeforeItsEmployees() throws Exception {
        openTieDialogFor(zora);
        clickOn("#tieOther").write(COMPANY);
        FxWait.until(() -> !offered().isEmpty());
        FxWait.until(() -> offered().stream().anyMatch(t -> t.startsWith("Anna")));
        assertThat(offered().get(0)).isEqualTo(COMPANY);
        // the company is chosen with the keyboard too: Down, Enter
        push(KeyCode.DOWN);
        push(KeyCode.ENTER);
        FxWait.until(() -> COMPANY.equals(lookup("#tieOther").queryAs(TextField.class).getText()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void scrollingThePickerFetchesTheNextMatches() throws Exception {
        openTieDialogFor(zora);
        clickOn("#tieOther").write("Isar");
        FxWait.until(() -> lookup(".contact-picker-list").tryQuery().isPresent());
        ListView<ContactSummary> list = lookup(".contact-picker-list").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() == 20); // one page, not all 31
        assertThat(list.getItems().get(0).id()).isEqualTo(company); // the name starts with what was typed
        // down through the matches: at the end of the first page the next one comes
        for (int i = 0; i < 25; i++) {
            push(KeyCode.DOWN);
        }
        FxWait.until(() -> list.getItems().size() == FAMILIES.length + 1);
        assertThat(list.getItems()).extracting(ContactSummary::displayName).contains("Anna Wolf");
    }

    @Test
    void keepInTouchAndTheLedgerSayLoadingUntilTheirListsHaveAnswered() throws Exception {
        // read in the same FX turn as the click, laid out as the first frame shows it: the query
        // answers on the FX thread too, so it cannot have answered yet
        String kitFirst = WaitForAsyncUtils.asyncFx(() -> {
            lookup("#keepInTouchArea").queryAs(ToggleButton.class).fire();
            layOut();
            return placeholderText("#keepInTouchTable");
        }).get();
        assertThat(kitFirst).isEqualTo("Loading\u2026").isNotEqualTo("Nobody is due this week.");
        FxWait.until(() -> lookup("#keepInTouchTable").queryAs(TableView.class).getItems().size() == 1);

        String ledgerFirst = WaitForAsyncUtils.asyncFx(() -> {
            lookup("#ledgerArea").queryAs(ToggleButton.class).fire();
            layOut();
            return placeholderText("#ledgerOwe");
        }).get();
        assertThat(ledgerFirst).isEqualTo("Loading\u2026");
        FxWait.until(() -> "Nobody yet.".equals(placeholderText("#ledgerOwe")));
    }

    private void layOut() {
        javafx.scene.Parent root = lookup("#keepInTouchArea").queryAs(Node.class).getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private String placeholderText(String table) {
        Node p = lookup(table).queryAs(TableView.class).getPlaceholder();
        return p instanceof Label l ? l.getText() : String.valueOf(p);
    }

    private String listScore(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (ContactRow r : page.table().getItems()) {
                if (r.id() == id) {
                    return r.loaded() && r.summary().score() != null ? String.valueOf(r.summary().score()) : "";
                }
            }
            return "gone";
        }).get();
    }

    @Test
    void theListShowsTheScoreTheRelationshipTabShows() throws Exception {
        // every kept score is a figure from earlier today (1), before the facts changed
        assertThat(listScore(boris)).isEqualTo("1");
        page.open(boris);
        page.selectTab("relationshipTab");
        FxWait.until(() -> !lookup("#scoreValue").queryAs(Label.class).getText().isBlank());
        java.util.regex.Matcher figure = java.util.regex.Pattern.compile("\\d+")
                .matcher(lookup("#scoreValue").queryAs(Label.class).getText());
        assertThat(figure.find()).isTrue();
        String shown = figure.group();
        assertThat(shown).isNotEqualTo("1");
        FxWait.until(() -> listScore(boris).equals(shown));
        // the row was read again, not the selection lost
        assertThat(page.table().getSelectionModel().getSelectedItem().id()).isEqualTo(boris);
    }

    @Test
    void aNewContactHasAScoreInTheList() throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> lookup("#givenField").queryAs(TextField.class).isFocused());
        write("Dora");
        interact(() -> lookup("#familyField").queryAs(TextField.class).setText("Dahl"));
        push(KeyCode.CONTROL, KeyCode.S);
        FxWait.until(() -> page.table().getItems().size() == FAMILIES.length + 5);
        long dora = WaitForAsyncUtils.asyncFx(() -> page.table().getItems().stream()
                .filter(r -> r.loaded() && r.summary().displayName().equals("Dora Dahl")).findFirst()
                .orElseThrow().id()).get();
        FxWait.until(() -> !listScore(dora).isEmpty());
    }

    @Test
    void theCadenceFieldShowsTheTagDefaultThatApplies() throws Exception {
        page.open(clara);
        page.selectTab("relationshipTab");
        FxWait.until(() -> "90 days (from tag client)".equals(
                lookup("#relCadenceInherited").queryAs(Label.class).getText()));
        assertThat(lookup("#relCadence").queryAs(TextField.class).getPromptText()).isNotEqualTo("never");
        // a cadence of her own replaces the inherited one
        clickOn("#relCadence").write("3");
        FxWait.until(() -> lookup("#relCadenceInherited").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void theDashboardCountsCardsLoggedByHand() throws Exception {
        clickOn("#dashboardArea");
        FxWait.until(() -> lookup("#value-CARDS_SENT").tryQuery().isPresent());
        assertThat(lookup("#value-CARDS_SENT").queryAs(Label.class).getText()).isEqualTo("5");
    }

    @Test
    void theFlagWarningNamesTheTwoContactsTheTieJoins() throws Exception {
        openTieDialogFor(zora);
        clickOn("#tieOther").write("Boris Ivanov");
        FxWait.until(() -> offered().contains("Boris Ivanov"));
        clickOn(offeredNode("Boris Ivanov"));
        clickOn("#tieSave");
        // the warning, found by what it says first, not by how it is built
        FxWait.until(() -> lookup(n -> n instanceof DialogPane d && d.getContentText() != null
                && d.getContentText().startsWith("Reason: Sued a client")).tryQuery().isPresent());
        String body = lookup(n -> n instanceof DialogPane d && d.getContentText() != null
                && d.getContentText().startsWith("Reason: Sued a client")).queryAs(DialogPane.class).getContentText();
        assertThat(body).contains("Zora Zimmer").contains("Boris Ivanov").doesNotContain("yourself");
        push(KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWindowAndTheColumnsComeBackAsTheyWereLeft() throws Exception {
        Stage stage = (Stage) page.table().getScene().getWindow();
        TableColumn<ContactRow, ?> email = page.table().getColumns().stream()
                .filter(c -> "emailColumn".equals(c.getId())).findFirst().orElseThrow();
        interact(() -> {
            stage.setX(30);
            stage.setY(30);
            // inside the 1280-pixel headless screen: a window never comes back wider than its screen
            stage.setWidth(1240);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the divider dragged a little to the left, then a column narrowed (at 1280 pixels the columns have no
        // room to grow: each already shows its header's words and the contact beside it needs its room)
        javafx.scene.control.SplitPane split = lookup(".contacts-split").queryAs(javafx.scene.control.SplitPane.class);
        interact(() -> split.setDividerPosition(0, 0.6));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        double before = email.getWidth();
        interact(() -> page.table().resizeColumn(email, -30)); // what dragging the header's edge does
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents(); // the other columns make room over a few frames
        }
        double widened = WaitForAsyncUtils.asyncFx(email::getWidth).get();
        assertThat(widened).isLessThan(before - 10);

        quitRapport();
        // a fresh window would open at the default size at the corner
        openFresh(stage);
        launch();
        Stage again = (Stage) page.table().getScene().getWindow();
        assertThat(List.of(again.getX(), again.getY(), again.getWidth(), again.getHeight()))
                .containsExactly(30.0, 30.0, 1240.0, 700.0);
        TableColumn<ContactRow, ?> emailAgain = page.table().getColumns().stream()
                .filter(c -> "emailColumn".equals(c.getId())).findFirst().orElseThrow();
        // as wide as it was left (give or take the room a scroll bar takes and gives back), the divider too
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(lookup(".contacts-split").queryAs(javafx.scene.control.SplitPane.class).getDividerPositions()[0])
                .isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(WaitForAsyncUtils.asyncFx(emailAgain::getWidth).get())
                .isCloseTo(widened, org.assertj.core.data.Offset.offset(8.0));
    }

    @Test
    void aWindowKeptOnALargerScreenOpensWholeWithEveryColumnInSight() throws Exception {
        quitRapport();
        // left last time on a 2560-pixel monitor, with the columns widened there; now the screen is smaller
        Files.writeString(dir.resolve("data/preferences.properties"), String.join("\n",
                "window.bounds=300.0,200.0,2560.0,1440.0", "window.maximized=false",
                "contacts.column.name=520.0", "contacts.column.organisation=400.0", "contacts.column.email=450.0",
                "contacts.column.phone=260.0", "contacts.column.last=200.0", "contacts.column.due=200.0",
                "contacts.column.score=160.0", "contacts.column.city=100.0", "contacts.column.updated=90.0", ""));
        launch();
        Stage stage = (Stage) page.table().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(screen.getWidth()).as("this check needs a screen narrower than the kept window").isLessThan(2560);
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents(); // the constrained columns settle over a few layout passes
        }
        double shown = WaitForAsyncUtils.asyncFx(() -> page.table().getVisibleLeafColumns().stream()
                .mapToDouble(TableColumn::getWidth).sum()).get();
        double room = WaitForAsyncUtils.asyncFx(() -> page.table().getWidth()).get();
        assertThat(shown).as("the visible columns fit the list (%s wide)", room).isLessThanOrEqualTo(room);
        TableColumn<ContactRow, ?> score = page.table().getColumns().stream()
                .filter(c -> "scoreColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(WaitForAsyncUtils.asyncFx(score::getWidth).get()).isGreaterThanOrEqualTo(score.getMinWidth());
        // the widest kept column is still the widest: the user's proportions survive
        TableColumn<ContactRow, ?> name = page.table().getColumns().stream()
                .filter(c -> "nameColumn".equals(c.getId())).findFirst().orElseThrow();
        TableColumn<ContactRow, ?> phone = page.table().getColumns().stream()
                .filter(c -> "phoneColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(WaitForAsyncUtils.asyncFx(name::getWidth).get()).isGreaterThan(phone.getWidth());
    }

    @Test
    void menusAndPickersOpenInsideTheWindow() throws Exception {
        Stage stage = (Stage) page.table().getScene().getWindow();
        // a window narrower than the screen: menus used to be kept on the screen only, not in the window
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1000);
            stage.setHeight(720);
        });
        clickOn("#networkArea");
        FxWait.until(() -> lookup(n -> n instanceof javafx.scene.control.MenuButton b && "Export".equals(b.getText()))
                .tryQuery().isPresent());
        clickOn(lookup(n -> n instanceof javafx.scene.control.MenuButton b && "Export".equals(b.getText()))
                .queryAs(Node.class));
        FxWait.until(() -> popupRightEdges().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupRightEdges().get(0)).isLessThanOrEqualTo(stage.getX() + stage.getWidth() + 1);
        push(KeyCode.ESCAPE);
        FxWait.until(() -> popupRightEdges().isEmpty());

        clickOn("#networkPathTo").write("Isar");
        FxWait.until(() -> !offered().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupRightEdges()).allSatisfy(edge ->
                assertThat(edge).isLessThanOrEqualTo(stage.getX() + stage.getWidth() + 1));
    }

    /** Where each open menu or popup ends on the right, in screen coordinates. */
    private List<Double> popupRightEdges() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow
                        && !(w instanceof javafx.scene.control.Tooltip))
                .map(w -> w.getX() + w.getWidth()).toList()).get();
    }
}
