package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.event.EventHandler;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Contacts workspace: search and filters, the virtualised list sorted in SQL, and the contact's
 * tabs beside it. Binds and forwards; the decisions are in {@link ContactsWorkspaceViewModel}.
 */
public final class ContactsView {
    // one spelling of each shortcut, for the key that does it and for the words that name it
    static final String NEW_PERSON = "Shortcut+N";
    static final String NEW_ORGANISATION = "Shortcut+Shift+N";
    static final String SEARCH = "Shortcut+F";
    /** Also named by the timeline's Log button. */
    public static final String LOG = "Shortcut+L";
    private static final String[] SHORTCUTS = {NEW_PERSON, NEW_ORGANISATION, SEARCH, "Shortcut+S", "Shortcut+Z", LOG};

    private final ContactsViewModel list;
    private final ContactEditorViewModel editor;
    private final ContactDetails details;
    private final ContactsWorkspaceViewModel ws;
    private final I18n i18n;
    private final Notifier notifier;
    private final Parent root;
    private final EventHandler<KeyEvent> escape = this::onEscape;
    /** Built when first needed: a form with dozens of controls is not worth laying out at start-up. */
    private ContactEditorView editorView;
    private ContactTabs tabs;
    private ContactTable contactTable;
    private LongConsumer onBrief = id -> { };
    private LongConsumer onMerge = id -> { };

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
    @FXML private TableColumn<ContactRow, String> nameColumn;
    @FXML private TableColumn<ContactRow, String> organisationColumn;
    @FXML private TableColumn<ContactRow, String> emailColumn;
    @FXML private TableColumn<ContactRow, String> phoneColumn;
    @FXML private TableColumn<ContactRow, String> cityColumn;
    @FXML private TableColumn<ContactRow, String> lastColumn;
    @FXML private TableColumn<ContactRow, String> dueColumn;
    @FXML private TableColumn<ContactRow, String> scoreColumn;
    @FXML private TableColumn<ContactRow, String> updatedColumn;
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
        this.ws = new ContactsWorkspaceViewModel(list, editor, details, details.dialogs(),
                new ToastNotices(notifier, i18n));
        ws.setOnRefused(refused -> {
            if (refused == ContactChanges.Refused.DETAILS) {
                editorView().focusFirstProblem();
            } else {
                tabs.showRelationship();
            }
        });
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        editor.editingProperty().addListener((obs, was, now) -> {
            if (now) {
                editorView();
            }
        });
        editorPlaceholder.visibleProperty().bind(editor.editingProperty().not());
        // the words name the shortcuts as the user's keyboard labels them (Strg+N in German)
        searchField.setPromptText(i18n.format("contacts.search.prompt", i18n.keys(SEARCH)));
        newPerson.setText(i18n.format("contacts.new.person", i18n.keys(NEW_PERSON)));
        newOrganisation.setText(i18n.format("contacts.new.organisation", i18n.keys(NEW_ORGANISATION)));
        editorPlaceholder.setText(i18n.format("contacts.placeholder", i18n.keys(NEW_PERSON)));
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        clearSearch.visibleProperty().bind(searchField.textProperty().isNotEmpty());

        ContactFilters.bind(kindFilter, tagFilter, showArchived, resultCount, list, i18n);
        newPerson.setOnAction(e -> startNew(ContactKind.PERSON));
        newOrganisation.setOnAction(e -> startNew(ContactKind.ORGANISATION));
        clearSearch.setOnMouseClicked(e -> searchField.clear());

        contactTable = new ContactTable(table, kindColumn, List.of(nameColumn, organisationColumn, emailColumn,
                phoneColumn, cityColumn, lastColumn, dueColumn, scoreColumn, updatedColumn), list, ws, i18n,
                this::focusEditor);
    }

    /** What "Merge with…" does with the shown contact (saved first: unsaved edits are asked about). */
    public void setOnMerge(LongConsumer action) {
        onMerge = action;
    }

    /** What "Brief for a meeting…" does with the shown contact. */
    public void setOnBrief(LongConsumer action) {
        onBrief = action;
    }

    private ContactEditorView editorView() {
        if (editorView == null) {
            editorView = new ContactEditorView(editor, i18n);
            tabs = new ContactTabs(editorView, editor, details, ws, i18n, notifier, this::quickLog,
                    id -> contactTable.reloadRow(id));
            editorHost.getChildren().add(tabs.root());
            tabs.root().visibleProperty().bind(editor.editingProperty());
            editorView.saveButton().setOnAction(e -> ws.save());
            editorView.revertButton().disableProperty().unbind();
            editorView.revertButton().disableProperty().bind(ws.changes().dirtyBinding().not());
            editorView.revertButton().setOnAction(e -> ws.changes().revert());
            editorView.deleteButton().setOnAction(e -> ws.trashShown(contactTable.nextAfterSelected()));
            editorView.mergeButton().setOnAction(e -> ws.merge(onMerge));
            editorView.briefButton().setOnAction(e -> ws.brief(onBrief));
        }
        return editorView;
    }

    /** Ctrl+L: log an interaction with the shown contact, or the one selected in the list. */
    private void quickLog() {
        ws.quickLog(contactTable.selectedId(), contactTable.selectedName());
    }

    /** Runs the list's query again (after work in another area), keeping the selected contact. */
    public void refresh() {
        if (table.getSelectionModel().getSelectedItem() != null) {
            list.selectAfterRefreshProperty().set(table.getSelectionModel().getSelectedItem().id());
        }
        ws.refresh();
    }

    /** Shows one contact: clears the search and filters so it is in the list, selects and opens it. */
    public void show(long id) {
        ws.show(id);
    }

    /** Keyboard shortcuts that work anywhere in the window while Contacts is shown. */
    public void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(KeyCombination.valueOf(NEW_PERSON), () -> startNew(ContactKind.PERSON));
        accelerators.put(KeyCombination.valueOf(NEW_ORGANISATION), () -> startNew(ContactKind.ORGANISATION));
        accelerators.put(KeyCombination.valueOf(SEARCH), () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        accelerators.put(KeyCombination.valueOf("Shortcut+S"), ws::save);
        accelerators.put(KeyCombination.valueOf("Shortcut+Z"), ws::undo);
        accelerators.put(KeyCombination.valueOf(LOG), this::quickLog);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    public void uninstallShortcuts(Scene scene) {
        for (String key : SHORTCUTS) {
            scene.getAccelerators().remove(KeyCombination.valueOf(key));
        }
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    private void onEscape(KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        boolean inEditor = tabs != null && tabs.contains(root.getScene().getFocusOwner());
        ContactsWorkspaceViewModel.Escape done = ws.escape(searchField.isFocused(), inEditor);
        if (done == ContactsWorkspaceViewModel.Escape.ABANDONED_NEW) {
            table.requestFocus();
        }
        if (done != ContactsWorkspaceViewModel.Escape.NOTHING) {
            e.consume();
        }
    }

    private void startNew(ContactKind kind) {
        ws.leave(() -> {
            table.getSelectionModel().clearSelection();
            ws.startNew(kind);
            Platform.runLater(this::focusEditor);
        });
    }

    /**
     * Puts the cursor in the form's first field. The first time, the tabs and scroll pane holding the form
     * get their skins only in the next pulse, and a field not yet in the scene cannot take focus: the
     * skins are made here first, so Ctrl+N right after opening always lands in the name field.
     */
    private void focusEditor() {
        ContactEditorView form = editorView();
        tabs.root().applyCss();
        tabs.root().layout();
        form.focusFirstField();
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
        return contactTable.columnWidths();
    }

    /** Gives the columns the widths kept from the last run, fitted to the window once it is laid out. */
    public void restoreColumnWidths(Map<String, Double> widths) {
        contactTable.restoreColumnWidths(widths);
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
        contactTable.onColumnWidthsChanged(changed);
        split.getDividers().get(0).positionProperty().addListener((obs, old, p) -> changed.run());
    }

    public void focusSearch() {
        searchField.requestFocus();
    }
}
