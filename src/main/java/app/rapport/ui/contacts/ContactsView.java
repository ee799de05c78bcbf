package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import atlantafx.base.controls.CustomTextField;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Contacts workspace: search and filters, the virtualised list sorted in SQL ({@link ContactTable}),
 * and the contact's tabs beside it ({@link ContactPane}). Binds and forwards; the decisions are in
 * {@link ContactsWorkspaceViewModel}, the keys in {@link ContactShortcuts}.
 */
public final class ContactsView {
    private final ContactsViewModel list;
    private final ContactEditorViewModel editor;
    private final ContactDetails details;
    private final ContactsWorkspaceViewModel ws;
    private final I18n i18n;
    private final Notifier notifier;
    private final Parent root;
    private ContactTable contactTable;
    private ContactPane pane;
    private ContactShortcuts shortcuts;

    @FXML private SplitPane split;
    @FXML private CustomTextField searchField;
    @FXML private FontIcon clearSearch;
    @FXML private ComboBox<ContactKind> kindFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private CheckBox showArchived;
    @FXML private MenuItem newPerson;
    @FXML private MenuItem newOrganisation;
    @FXML private TableView<ContactRow> table;
    @FXML private TableColumn<ContactRow, ContactRow> kindColumn;
    @FXML private TableColumn<ContactRow, String> nameColumn, organisationColumn, emailColumn, phoneColumn, cityColumn,
            lastColumn, dueColumn, scoreColumn, updatedColumn;
    @FXML private Label resultCount;
    @FXML private StackPane editorHost;
    @FXML private Label editorPlaceholder;

    public ContactsView(ContactsViewModel list, ContactEditorViewModel editor, ContactDetails details, I18n i18n,
                        Notifier notifier) {
        this.list = list;
        this.editor = editor;
        this.details = details;
        this.i18n = i18n;
        this.notifier = notifier;
        this.ws = new ContactsWorkspaceViewModel(list, editor, details, details.dialogs(), new ToastNotices(notifier, i18n));
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        editorPlaceholder.visibleProperty().bind(editor.editingProperty().not());
        // the words name the shortcuts as the user's keyboard labels them (Strg+N in German)
        searchField.setPromptText(i18n.format("contacts.search.prompt", i18n.keys(ContactShortcuts.SEARCH)));
        newPerson.setText(i18n.format("contacts.new.person", i18n.keys(ContactShortcuts.NEW_PERSON)));
        newOrganisation.setText(i18n.format("contacts.new.organisation", i18n.keys(ContactShortcuts.NEW_ORGANISATION)));
        editorPlaceholder.setText(i18n.format("contacts.placeholder", i18n.keys(ContactShortcuts.NEW_PERSON)));
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        clearSearch.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        clearSearch.setOnMouseClicked(e -> searchField.clear());
        ContactFilters.bind(kindFilter, tagFilter, showArchived, resultCount, list, i18n);
        contactTable = new ContactTable(table, kindColumn, List.of(nameColumn, organisationColumn, emailColumn,
                phoneColumn, cityColumn, lastColumn, dueColumn, scoreColumn, updatedColumn), list, ws, i18n);
        pane = new ContactPane(editorHost, editor, details, ws, i18n, notifier, contactTable);
        shortcuts = new ContactShortcuts(ws, pane, contactTable, searchField, table);
    }

    @FXML
    private void startPerson() {
        pane.startNew(ContactKind.PERSON);
    }

    @FXML
    private void startOrganisation() {
        pane.startNew(ContactKind.ORGANISATION);
    }

    /** What "Merge with…" does with the shown contact (saved first: unsaved edits are asked about). */
    public void setOnMerge(LongConsumer action) {
        pane.setOnMerge(action);
    }

    /** What "Brief for a meeting…" does with the shown contact. */
    public void setOnBrief(LongConsumer action) {
        pane.setOnBrief(action);
    }

    /** Runs the list's query again (after work in another area), keeping the selected contact. */
    public void refresh() {
        ws.refresh(contactTable.selectedRow());
    }

    /** Shows one contact: clears the search and filters so it is in the list, selects and opens it. */
    public void show(long id) {
        ws.show(id);
    }

    /** Keyboard shortcuts that work anywhere in the window while Contacts is shown. */
    public void installShortcuts(Scene scene) {
        shortcuts.install(scene);
    }

    public void uninstallShortcuts(Scene scene) {
        shortcuts.uninstall(scene);
    }

    /** True when leaving now would not lose typed input (asks the user if needed). */
    public boolean canClose() {
        return ws.canClose();
    }

    public Parent root() {
        return root;
    }

    /** The columns' widths as the user left them, by name, to keep between runs. */
    public Map<String, Double> columnWidths() {
        return contactTable.widths().get();
    }

    /** Gives the columns the widths kept from the last run, fitted to the window once it is laid out. */
    public void restoreColumnWidths(Map<String, Double> widths) {
        contactTable.widths().restore(widths);
    }

    /** Where the divider between the list and the contact stands, as a share of the width. */
    public double divider() {
        return split.getDividerPositions()[0];
    }

    /** Puts the divider where it was left; 0 (not known) leaves it where the view puts it. */
    public void restoreDivider(double position) {
        if (position > 0) {
            split.setDividerPosition(0, position);
        }
    }

    /** Runs {@code changed} whenever the user resizes a column or moves the divider. */
    public void onColumnWidthsChanged(Runnable changed) {
        contactTable.widths().onChanged(changed);
        split.getDividers().get(0).positionProperty().addListener((obs, old, p) -> changed.run());
    }

    public void focusSearch() {
        searchField.requestFocus();
    }
}
