package app.rapport.testing;

import app.rapport.ui.contacts.ContactRow;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Contacts area as a user sees it: the list, its column headers, the tabs of the shown contact. */
public final class ContactsPage {
    private final FxRobot robot;

    public ContactsPage(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    public TableView<ContactRow> table() {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    /** Waits until the list shows this many rows, the first page loaded. */
    public ContactsPage waitForRows(int count) throws Exception {
        FxWait.until(() -> table().getItems().size() == count && table().getItems().get(0).loaded());
        return this;
    }

    /** Ids of the first rows as listed, once they are loaded. */
    public List<Long> firstIds(int count) throws Exception {
        FxWait.until(() -> table().getItems().stream().limit(count).allMatch(ContactRow::loaded));
        return WaitForAsyncUtils.asyncFx(() -> {
            List<Long> ids = new ArrayList<>();
            for (ContactRow row : table().getItems().subList(0, Math.min(count, table().getItems().size()))) {
                ids.add(row.id());
            }
            return ids;
        }).get();
    }

    @SuppressWarnings("unchecked")
    public TableColumn<ContactRow, ?> column(String fxId) {
        return (TableColumn<ContactRow, ?>) table().getColumns().stream().filter(c -> fxId.equals(c.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + fxId));
    }

    /** Clicks the header of a column, as a user sorts by it. */
    public void clickHeader(String columnId) {
        TableColumn<ContactRow, ?> column = column(columnId);
        Node header = robot.from(table()).lookup(".column-header").match(
                (Node n) -> n instanceof TableColumnHeader h && h.getTableColumn() == column).query();
        robot.clickOn(header);
    }

    /** Selects a contact's row, as a click on it does. */
    public void select(long id) throws Exception {
        robot.interact(() -> {
            var items = table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == id) {
                    table().getSelectionModel().clearAndSelect(i);
                    table().scrollTo(i);
                }
            }
        });
    }

    /**
     * Clicks a contact's row. Unlike {@link #select}, this does not wait on the FX thread, so it is the way
     * to leave a contact when a dialog may ask about unsaved changes.
     */
    public void clickRow(long id) {
        Node row = robot.from(table()).lookup(".table-row-cell").match(
                (Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ContactRow c && c.id() == id).query();
        robot.clickOn(row);
    }

    /** What a contact's cell in a column shows now ("" when its row is not on screen). */
    public String cellText(String columnId, long id) {
        TableColumn<ContactRow, ?> column = column(columnId);
        return robot.from(table()).lookup(".table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                        && c.getTableColumn() == column && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof ContactRow r && r.id() == id)
                .tryQuery().map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).orElse("");
    }

    /** The score the list's Score column shows for a contact. */
    public String scoreShown(long id) {
        return cellText("scoreColumn", id);
    }

    /** The names the list shows now, "…" for rows not loaded yet. */
    public List<String> names() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table().getItems().stream()
                .map(r -> r.loaded() ? r.summary().displayName() : "…").toList()).get();
    }

    /** Waits until the list shows exactly these names, in this order. */
    public ContactsPage waitForNames(String... names) throws Exception {
        FxWait.until(() -> names().equals(List.of(names)));
        return this;
    }

    public javafx.scene.control.TextField field(String fxId) {
        return robot.lookup("#" + fxId).queryAs(javafx.scene.control.TextField.class);
    }

    public javafx.scene.control.TextField search() {
        return field("searchField");
    }

    /** Whether the keyboard is in this field now. */
    public boolean focused(String fxId) {
        return robot.lookup("#" + fxId).tryQuery().map(javafx.scene.Node::isFocused).orElse(false);
    }

    /** Replaces the text of a field as a user who selects all and types would. */
    public void retype(String fxId, String text) {
        robot.clickOn("#" + fxId);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write(text);
    }

    /** Scrolls the form to a field below the fold and clicks it, as a user does with the wheel and the mouse. */
    public void clickInForm(String fxId) {
        Node node = robot.lookup("#" + fxId).query();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#scroll").queryAs(javafx.scene.control.ScrollPane.class);
            double top = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, top / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Selects a contact's row and waits until its form has loaded, as a user who clicks it sees. */
    public void open(long id) throws Exception {
        select(id);
        waitForForm();
    }

    /** Waits until the shown contact's form has loaded (its tabs are enabled). */
    public void waitForForm() throws Exception {
        FxWait.until(() -> robot.lookup("#detailTabs").tryQuery().isPresent()
                && !robot.lookup("#timelineTab").queryAs(Node.class).isDisable());
    }

    public void selectTab(String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    /** Ctrl+F, then the words typed over what the search held (Ctrl+F selects it), as a user searches. */
    public void searchFor(String text) {
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F);
        robot.write(text);
    }

    /** What the line under the list says of how many contacts it shows ("21 contacts"). */
    public String count() {
        return robot.lookup("#resultCount").queryAs(javafx.scene.control.Label.class).getText();
    }

    /** Waits until the line under the list says this; if it never does, fails naming what it says. */
    public ContactsPage waitForCount(String expected) throws Exception {
        try {
            FxWait.until(() -> expected.equals(count()));
        } catch (java.util.concurrent.TimeoutException e) {
            org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(expected);
        }
        return this;
    }

    /** The text a contact's row shows in a column (as drawn: the row must be on screen). */
    public String cellText(long id, String columnId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(table()).lookup(".table-cell").match((Node n) ->
                n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof ContactRow r && r.id() == id)
                .queryAs(javafx.scene.control.TableCell.class).getText()).get();
    }
}
