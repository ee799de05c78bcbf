package app.rapport.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** README: "A list that stays smooth at 100,000 contacts: filtering and sorting happen in SQL…". */
class ContactListScenarios extends WindowScenario {
    private static final int PEOPLE = 300;
    private static final int ORGS = 30;
    private ContactsPage contacts;

    @BeforeEach
    void openTheDemo() throws Exception {
        open(s -> {
            DemoNetwork.fill(s.contactRepository(), PEOPLE, ORGS, 7, ProgressListener.NONE, () -> false);
            s.scores().recomputeAll(() -> false); // scored before the window opens: no rescoring under the test
        });
        contacts = new ContactsPage(this);
        int listed = ids("SELECT id FROM contact WHERE deleted_at IS NULL AND archived = 0").size();
        contacts.waitForRows(listed);
    }

    /** Each sortable column and what the database orders it by, ties broken by id in the same direction. */
    private static final Map<String, String> ORDER = Map.of(
            "nameColumn", "sort_name %1$s, id %1$s",
            "organisationColumn", "sort_org %1$s, sort_name %1$s, id %1$s",
            "emailColumn", "primary_email %1$s, id %1$s",
            "phoneColumn", "primary_phone %1$s, id %1$s",
            "updatedColumn", "updated_at %1$s, id %1$s",
            "lastColumn", "last_interaction_on %1$s, id %1$s",
            "dueColumn", "next_due_on %1$s, id %1$s",
            "scoreColumn", "score %1$s, id %1$s");

    private List<Long> databaseOrder(String columnId, boolean ascending) throws Exception {
        return ids("SELECT id FROM contact WHERE deleted_at IS NULL AND archived = 0 ORDER BY "
                + ORDER.get(columnId).formatted(ascending ? "ASC" : "DESC") + " LIMIT 20");
    }

    @Test
    void clickingAHeaderSortsByItAndClickingAgainReversesIt() throws Exception {
        interact(() -> contacts.column("updatedColumn").setVisible(true)); // shown from the table's column menu
        assertThat(contacts.firstIds(20)).as("at start, by name").isEqualTo(databaseOrder("nameColumn", true));

        for (String column : List.of("scoreColumn", "emailColumn", "lastColumn", "dueColumn", "phoneColumn",
                "organisationColumn", "updatedColumn")) {
            contacts.clickHeader(column);
            awaitOrder(column, true);
            contacts.clickHeader(column);
            awaitOrder(column, false);
        }
        contacts.clickHeader("nameColumn");
        awaitOrder("nameColumn", true);
        contacts.clickHeader("nameColumn");
        awaitOrder("nameColumn", false);
    }

    /** Waits for the list to show the database's order; if it never does, says which column and how it stands. */
    private void awaitOrder(String column, boolean ascending) throws Exception {
        List<Long> expected = databaseOrder(column, ascending);
        try {
            FxWait.until(() -> contacts.firstIds(20).equals(expected));
        } catch (TimeoutException e) {
            // the assertion below reports the difference
        }
        assertThat(contacts.firstIds(20)).as("%s %s", column, ascending ? "ascending" : "descending")
                .isEqualTo(expected);
    }
}
