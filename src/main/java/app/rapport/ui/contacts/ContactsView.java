package app.rapport.ui.contacts;

import app.rapport.domain.ContactKind;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.SortField;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Contacts workspace: search and filters, the virtualised list sorted in SQL, and the editor
 * beside it. Binds and delegates; the state lives in the two view-models.
 */
public final class ContactsView {
    private final ContactsViewModel list;
    private final ContactEditorViewModel editor;
    private final I18n i18n;
    private final Notifier notifier;
    /** Built when first needed: a form with dozens of controls is not worth laying out at start-up. */
    private ContactEditorView editorView;
    private final Parent root;
    /** The id shown in the editor; a re-delivered row of the same contact does not reload it. */
    private long shownId;
    private java.util.function.LongConsumer onBrief = id -> { };
    private java.util.function.LongConsumer onMerge = id -> { };
    private boolean restoringSelection;
    /** While the table's items are replaced or its sort order shown: the sort policy does nothing. */
    private boolean replacingItems;
    private Map<TableColumn<ContactRow, ?>, SortField> sortFields = Map.of();

    @FXML private SplitPane split;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<ContactKind> kindFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private CheckBox showArchived;
    @FXML private MenuButton newButton;
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

    private final ContactDetails details;
    /** Details and relationship: saved, reverted and asked about together. */
    private final ContactChanges changes;
    /** Deletions Ctrl+Z undoes, last first: contacts and interactions alike. */
    private final app.rapport.ui.common.UndoHistory undoHistory = new app.rapport.ui.common.UndoHistory();
    private javafx.scene.control.TabPane detailTabs;
    private javafx.scene.control.Tab relationshipTab;

    public ContactsView(ContactsViewModel list, ContactEditorViewModel editor, ContactDetails details, I18n i18n,
                        Notifier notifier) {
        this.list = list;
        this.editor = editor;
        this.details = details;
        this.changes = new ContactChanges(editor, details.relationship());
        this.i18n = i18n;
        this.notifier = notifier;
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
        FontIcon clear = new FontIcon("mdi2c-close-circle-outline");
        clear.getStyleClass().add("clear-search");
        clear.setOnMouseClicked(e -> searchField.clear());
        clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.setRight(clear);

        kindFilter.getItems().setAll(null, ContactKind.PERSON, ContactKind.ORGANISATION);
        kindFilter.setConverter(labels(k -> k == null ? i18n.get("contacts.kind.all") : i18n.get("contacts.kind." + k.name())));
        kindFilter.setButtonCell(kindCell());
        kindFilter.setCellFactory(v -> kindCell());
        kindFilter.valueProperty().bindBidirectional(list.kindFilterProperty());

        tagFilter.setItems(list.tagChoices());
        tagFilter.valueProperty().bindBidirectional(list.tagFilterProperty());
        tagFilter.setButtonCell(tagCell());
        tagFilter.setCellFactory(v -> tagCell());
        showArchived.selectedProperty().bindBidirectional(list.showArchivedProperty());

        newPerson.setOnAction(e -> startNew(ContactKind.PERSON));
        newOrganisation.setOnAction(e -> startNew(ContactKind.ORGANISATION));

        setUpTable();
        resultCount.textProperty().bind(Bindings.createStringBinding(() -> {
            if (list.errorKeyProperty().get() != null) {
                return i18n.get(list.errorKeyProperty().get()); // a list that could not load says so, in words
            }
            int n = list.resultCountProperty().get();
            String text = list.searchTextProperty().get().strip();
            return text.isEmpty() ? i18n.format("contacts.count", n) : i18n.format("contacts.count.matching", n, text);
        }, list.resultCountProperty(), list.itemsProperty(), list.errorKeyProperty()));


        list.lastTrashedProperty().addListener((obs, old, t) -> {
            if (t != null) {
                Runnable step = list::undoTrash; // brings back the contact trashed last, which is this one
                undoHistory.push(step);
                notifier.show(i18n.format("contacts.trashed", t.name()), i18n.get("contacts.undo"), () -> {
                    if (undoHistory.undo(step)) {
                        notifier.hide();
                    }
                });
            }
        });
    }

    /** What "Merge with…" does with the shown contact (saved first: unsaved edits are asked about). */
    public void setOnMerge(java.util.function.LongConsumer action) {
        onMerge = action;
    }

    /** What "Brief for a meeting…" does with the shown contact. */
    public void setOnBrief(java.util.function.LongConsumer action) {
        onBrief = action;
    }

    private ContactEditorView editorView() {
        if (editorView == null) {
            editorView = new ContactEditorView(editor, i18n);
            detailTabs = detailTabs(editorView);
            editorHost.getChildren().add(detailTabs);
            detailTabs.visibleProperty().bind(editor.editingProperty());
            editorView.saveButton().setOnAction(e -> save());
            editorView.revertButton().disableProperty().unbind();
            editorView.revertButton().disableProperty().bind(changes.dirtyBinding().not());
            editorView.revertButton().setOnAction(e -> changes.revert());
            editorView.deleteButton().setOnAction(e -> trashShown());
            editorView.mergeButton().setOnAction(e -> {
                long id = editor.contactIdProperty().get();
                if (id != 0 && canClose()) {
                    onMerge.accept(id);
                }
            });
            editorView.briefButton().setOnAction(e -> {
                long id = editor.contactIdProperty().get();
                if (id != 0) {
                    onBrief.accept(id);
                }
            });
        }
        return editorView;
    }

    /** Details, Ties and Timeline of the shown contact; the last two once it has been saved. */
    private javafx.scene.control.TabPane detailTabs(ContactEditorView form) {
        java.util.function.Supplier<String> name = () -> editor.headingProperty().get();
        TiesView ties = new TiesView(details.ties(), i18n, details.contacts(), details.runner(), name);
        TimelineView timeline = new TimelineView(details.timeline(), i18n, notifier, name, this::quickLog,
                entry -> details.quickLog().edit(entry.interactionId(), name.get(), () -> {
                    details.timeline().reload();
                    list.refresh();
                }), this::interactionDeleted);
        javafx.scene.control.Tab formTab = new javafx.scene.control.Tab(i18n.get("details.tab.details"), form.root());
        javafx.scene.control.Tab tiesTab = new javafx.scene.control.Tab(i18n.get("details.tab.ties"), ties.root());
        javafx.scene.control.Tab timelineTab = new javafx.scene.control.Tab(i18n.get("details.tab.timeline"),
                timeline.root());
        // its Save saves the whole contact, as Ctrl+S does: one set of unsaved changes per contact
        RelationshipView relationship = new RelationshipView(details.relationship(), i18n, details.contacts(),
                details.runner(), this::save);
        relationshipTab = new javafx.scene.control.Tab(i18n.get("details.tab.relationship"),
                relationship.root());
        details.relationship().savedFlagProperty().addListener((obs, old, reason) -> form.showFlag(reason));
        // the tab computed and kept the contact's score: the list's Score column shows the same figure
        details.relationship().scoreProperty().addListener((obs, old, s) -> {
            if (s != null) {
                list.itemsProperty().get().reload(details.relationship().scoredContactProperty().get(), table::refresh);
            }
        });
        relationshipTab.setId("relationshipTab");
        tiesTab.setId("tiesTab");
        timelineTab.setId("timelineTab");
        for (javafx.scene.control.Tab tab : List.of(formTab, relationshipTab, tiesTab, timelineTab)) {
            tab.setClosable(false);
        }
        for (javafx.scene.control.Tab tab : List.of(relationshipTab, tiesTab, timelineTab)) {
            tab.disableProperty().bind(editor.contactIdProperty().isEqualTo(0));
        }
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(formTab, relationshipTab, tiesTab,
                timelineTab);
        tabs.setId("detailTabs");
        tabs.getStyleClass().add("detail-tabs");
        editor.contactIdProperty().addListener((obs, old, id) -> {
            details.ties().load(id.longValue());
            details.timeline().load(id.longValue());
            details.relationship().load(id.longValue());
            if (id.longValue() == 0) {
                tabs.getSelectionModel().select(formTab);
            }
        });
        details.ties().load(editor.contactIdProperty().get());
        details.timeline().load(editor.contactIdProperty().get());
        details.relationship().load(editor.contactIdProperty().get());
        return tabs;
    }

    /** An interaction went to the trash: Undo on its message and Ctrl+Z bring it back. */
    private void interactionDeleted(long interactionId) {
        list.refresh(); // the last contact shown in the list may have changed
        Runnable step = () -> details.timeline().restore(interactionId, list::refresh);
        undoHistory.push(step);
        notifier.show(i18n.get("timeline.deleted"), i18n.get("contacts.undo"), () -> {
            if (undoHistory.undo(step)) {
                notifier.hide();
            }
        });
    }

    /** Ctrl+L: log an interaction with the shown contact, or the one selected in the list. */
    private void quickLog() {
        long id = editor.contactIdProperty().get();
        String name = editor.headingProperty().get();
        ContactRow row = table.getSelectionModel().getSelectedItem();
        if (id == 0 && row != null && row.loaded()) {
            id = row.id();
            name = row.summary().displayName();
        }
        if (id == 0) {
            return;
        }
        details.quickLog().open(List.of(id), name, () -> {
            details.timeline().reload();
            list.refresh();
            notifier.show(i18n.get("log.saved"), null, null);
        });
    }

    /** Runs the list's query again (after work in another area), keeping the selected contact. */
    public void refresh() {
        ContactRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            list.selectAfterRefreshProperty().set(row.id());
        }
        list.refresh();
        if (editor.contactIdProperty().get() != 0) {
            details.timeline().reload();
        }
    }

    /** Shows one contact: clears the search and filters so it is in the list, selects and opens it. */
    public void show(long id) {
        if (!confirmLeaving(() -> { })) {
            return;
        }
        list.selectAfterRefreshProperty().set(id);
        list.searchTextProperty().set("");
        list.kindFilterProperty().set(null);
        list.tagFilterProperty().set(null);
        list.showArchivedProperty().set(true);
        list.refresh(); // the newest query wins, so the changes above cost at most one extra query
    }

    private void setUpTable() {
        // until the first query answers the list is not known to be empty
        table.setPlaceholder(new Label(i18n.get("common.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        app.rapport.ui.common.WholeWords.inHeaders(table); // "Телефон", not "Теле…", in a 1280-pixel window
        table.setItems(list.itemsProperty().get());
        list.itemsProperty().get().addListener(keepSelection);
        list.itemsProperty().addListener((obs, old, now) -> {
            // a new list of items clears the table's sort order; it is shown again from the query's order,
            // and the sort policy is told to ignore both steps (they would run the query by name again)
            if (old != null) {
                old.removeListener(keepSelection);
            }
            replacingItems = true;
            try {
                table.setItems(now);
                now.addListener(keepSelection);
                showSortOrder();
            } finally {
                replacingItems = false;
            }
            boolean searching = !list.searchTextProperty().get().isBlank() || list.kindFilterProperty().get() != null
                    || list.tagFilterProperty().get() != null;
            table.setPlaceholder(new Label(searching ? i18n.get("contacts.noMatch")
                    : i18n.format("contacts.empty", i18n.keys(NEW_PERSON))));
            selectPending();
        });

        kindColumn.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        kindColumn.setCellFactory(c -> new TableCell<>() {
            private final FontIcon person = new FontIcon("mdi2a-account-outline");
            private final FontIcon org = new FontIcon("mdi2d-domain");
            private final javafx.scene.image.ImageView avatar = avatar();

            {
                // a photo that arrives after the row was drawn
                list.thumbnails().arrivalsProperty().addListener((obs, was, now) -> updateItem(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !row.loaded()) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                ContactKind kind = row.summary().kind();
                if (row.summary().flagged()) {
                    // the flag shows wherever the contact appears (seed 000: protect your capital)
                    FontIcon flag = new FontIcon("mdi2f-flag");
                    flag.getStyleClass().add("flag-icon");
                    setGraphic(flag);
                    setAccessibleText(i18n.get("kind." + kind.name()) + ", " + i18n.get("flag.badge"));
                    return;
                }
                javafx.scene.image.Image photo = list.thumbnails().get(row.id());
                if (photo != null) {
                    avatar.setImage(photo);
                    setGraphic(avatar);
                    setAccessibleText(i18n.get("kind." + kind.name()) + ", " + i18n.get("contacts.photo"));
                    return;
                }
                setGraphic(kind == ContactKind.PERSON ? person : org);
                setAccessibleText(i18n.get("kind." + kind.name()));
            }
        });
        kindColumn.setSortable(false);
        text(nameColumn, ContactSummary::displayName, true);
        // an organisation's own name is in the Name column; here it says what kind it is
        text(organisationColumn, s -> s.kind() == ContactKind.PERSON ? s.organisation()
                : i18n.get("orgKind." + s.orgKind()), false);
        text(emailColumn, ContactSummary::email, false);
        text(phoneColumn, ContactSummary::phone, false);
        text(cityColumn, ContactSummary::locality, false);
        text(lastColumn, s -> i18n.shortDate(s.lastInteraction()), false);
        text(dueColumn, s -> i18n.shortDate(s.nextDue()), false);
        text(scoreColumn, s -> s.score() == null ? "" : i18n.number(s.score()), false);
        text(updatedColumn, s -> i18n.shortDate(s.updatedAt()), false);
        table.setTableMenuButtonVisible(true); // the user chooses which columns to see

        sortFields = Map.of(nameColumn, SortField.NAME,
                organisationColumn, SortField.ORGANISATION, emailColumn, SortField.EMAIL,
                phoneColumn, SortField.PHONE, updatedColumn, SortField.UPDATED, lastColumn, SortField.LAST_INTERACTION,
                dueColumn, SortField.NEXT_DUE, scoreColumn, SortField.SCORE);
        showSortOrder();
        // the table never sorts its items: a new sort order is a new SQL query
        table.setSortPolicy(t -> {
            if (replacingItems) {
                return true;
            }
            if (t.getSortOrder().isEmpty()) {
                list.sortBy(SortField.NAME, true);
            } else {
                TableColumn<ContactRow, ?> first = t.getSortOrder().get(0);
                list.sortBy(sortFields.getOrDefault(first, SortField.NAME),
                        first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"),
                        !empty && row != null && row.loaded() && row.summary().archived());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || restoringSelection || row.id() == shownId) {
                return;
            }
            long previous = shownId;
            if (!confirmLeaving(() -> open(row.id()))) {
                reselect(previous);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                trashSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                focusEditor();
                e.consume();
            }
        });
    }

    /** Shows the query's order as the sorted column and its arrow, without sorting anything. */
    private void showSortOrder() {
        boolean was = replacingItems;
        replacingItems = true;
        try {
            sortFields.entrySet().stream().filter(e -> e.getValue() == list.sortField()).findFirst()
                    .ifPresent(e -> {
                        TableColumn<ContactRow, ?> column = e.getKey();
                        column.setSortType(list.ascending() ? TableColumn.SortType.ASCENDING
                                : TableColumn.SortType.DESCENDING);
                        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
                            table.getSortOrder().setAll(List.of(column));
                        }
                    });
        } finally {
            replacingItems = was;
        }
    }

    /**
     * A page arriving replaces its rows, and the selection model drops a selected row selected before
     * its page came (the rows differ): the shown contact is selected again.
     */
    private final javafx.collections.ListChangeListener<ContactRow> keepSelection = change -> keepShownSelected();

    private void keepShownSelected() {
        if (shownId == 0 || table.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        int index = list.itemsProperty().get().indexOfId(shownId);
        if (index >= 0) {
            restoringSelection = true;
            try {
                table.getSelectionModel().clearAndSelect(index);
            } finally {
                restoringSelection = false;
            }
        }
    }

    /** A contact's small photo in the kind column: round, the size of a line. */
    private static javafx.scene.image.ImageView avatar() {
        javafx.scene.image.ImageView view = new javafx.scene.image.ImageView();
        view.setFitWidth(22);
        view.setFitHeight(22);
        view.setSmooth(true);
        view.getStyleClass().add("contact-avatar");
        view.setClip(new javafx.scene.shape.Circle(11, 11, 11));
        return view;
    }

    private void text(TableColumn<ContactRow, String> column, Function<ContactSummary, String> value, boolean first) {
        column.setCellValueFactory(cd -> {
            ContactRow row = cd.getValue();
            if (row != null && row.unreadable()) {
                return new SimpleStringProperty(first ? i18n.get("contacts.unreadable") : "");
            }
            if (row == null || !row.loaded()) {
                return new SimpleStringProperty(first ? i18n.get("contacts.loading") : "");
            }
            return new SimpleStringProperty(value.apply(row.summary()));
        });
    }

    // one spelling of each shortcut, for the key that does it and for the words that name it
    static final String NEW_PERSON = "Shortcut+N";
    static final String NEW_ORGANISATION = "Shortcut+Shift+N";
    static final String SEARCH = "Shortcut+F";
    /** Also named by the timeline's Log button. */
    public static final String LOG = "Shortcut+L";
    private static final String[] SHORTCUTS = {NEW_PERSON, NEW_ORGANISATION, SEARCH, "Shortcut+S", "Shortcut+Z", LOG};

    /** Keyboard shortcuts that work anywhere in the window while Contacts is shown. */
    public void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(KeyCombination.valueOf(NEW_PERSON), () -> startNew(ContactKind.PERSON));
        accelerators.put(KeyCombination.valueOf(NEW_ORGANISATION), () -> startNew(ContactKind.ORGANISATION));
        accelerators.put(KeyCombination.valueOf(SEARCH), () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        accelerators.put(KeyCombination.valueOf("Shortcut+S"), this::save);
        accelerators.put(KeyCombination.valueOf("Shortcut+Z"), this::undo);
        accelerators.put(KeyCombination.valueOf(LOG), this::quickLog);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, escape);
    }

    public void uninstallShortcuts(Scene scene) {
        for (String key : SHORTCUTS) {
            scene.getAccelerators().remove(KeyCombination.valueOf(key));
        }
        scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, escape);
    }

    private final javafx.event.EventHandler<javafx.scene.input.KeyEvent> escape = this::onEscape;

    /** Escape clears the search, reverts unsaved edits, or abandons a new contact. */
    private void onEscape(javafx.scene.input.KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        Scene scene = root.getScene();
        if (searchField.isFocused() && !searchField.getText().isEmpty()) {
            searchField.clear();
            e.consume();
        } else if (changes.isDirty() && isInEditor(scene.getFocusOwner())) {
            changes.revert();
            e.consume();
        } else if (editor.editingProperty().get() && editor.contactIdProperty().get() == 0) {
            editor.clear();
            table.requestFocus();
            e.consume();
        }
    }

    private boolean isInEditor(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (detailTabs != null && n == detailTabs) {
                return true;
            }
        }
        return false;
    }

    private void startNew(ContactKind kind) {
        confirmLeaving(() -> {
            table.getSelectionModel().clearSelection();
            shownId = 0;
            if (kind == ContactKind.PERSON) {
                editor.newPerson();
            } else {
                editor.newOrganisation();
            }
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
        detailTabs.applyCss();
        detailTabs.layout();
        form.focusFirstField();
    }

    private void open(long id) {
        if (list.selectAfterRefreshProperty().get() != null) {
            // a save on leaving asked to select the saved contact after the refresh; the user chose this one
            list.selectAfterRefreshProperty().set(id);
        }
        shownId = id;
        editor.load(id);
    }

    private void save() {
        if (!editor.editingProperty().get()) {
            return;
        }
        showRefused(changes.save(this::saved));
    }

    /** Shows where input was refused: the form's first problem, or the Relationship tab with its message. */
    private boolean showRefused(ContactChanges.Refused refused) {
        if (refused == ContactChanges.Refused.DETAILS) {
            editorView().focusFirstProblem();
        } else if (refused == ContactChanges.Refused.RELATIONSHIP) {
            detailTabs.getSelectionModel().select(relationshipTab);
        }
        return refused == null;
    }

    private void saved(long id) {
        shownId = id;
        notifier.show(i18n.format("editor.saved", editor.headingProperty().get()), null, null);
        list.showSaved(id);
    }

    private void trashSelected() {
        ContactRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && row.loaded()) {
            trash(row.id(), row.summary().displayName());
        }
    }

    private void trashShown() {
        long id = editor.contactIdProperty().get();
        if (id != 0) {
            trash(id, editor.headingProperty().get());
        }
    }

    private void trash(long id, String name) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (id == editor.contactIdProperty().get()) {
            editor.clear();
            shownId = 0;
        }
        list.trash(id, name);
        // keep the cursor where it was, on the next contact, once the list reloads
        ContactRow next = index >= 0 && index + 1 < table.getItems().size() ? table.getItems().get(index + 1) : null;
        if (next != null) {
            list.selectAfterRefreshProperty().set(next.id());
        }
    }

    /** Ctrl+Z: undoes the last deletion, of a contact or of an interaction, and its message goes. */
    private void undo() {
        if (undoHistory.undoLast()) {
            notifier.hide();
        }
    }

    private void selectPending() {
        Long id = list.selectAfterRefreshProperty().get();
        if (id == null) {
            return;
        }
        list.selectAfterRefreshProperty().set(null);
        ContactListModel items = list.itemsProperty().get();
        int index = items.indexOfId(id);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private void reselect(long id) {
        restoringSelection = true;
        try {
            int index = list.itemsProperty().get().indexOfId(id);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            restoringSelection = false;
        }
    }

    /**
     * Runs {@code next} once unsaved changes are dealt with: saved, discarded, or the user cancels.
     *
     * @return false when the user cancelled or the save was refused
     */
    private boolean confirmLeaving(Runnable next) {
        if (!changes.isDirty()) {
            next.run();
            return true;
        }
        String name = editor.headingProperty().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setTitle(i18n.get("contacts.unsaved.title"));
        alert.setHeaderText(i18n.format("contacts.unsaved.header",
                name == null || name.isEmpty() ? i18n.get("editor.newPerson") : name));
        alert.setContentText(i18n.get("contacts.unsaved.body"));
        ButtonType save = new ButtonType(i18n.get("contacts.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("contacts.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, discard, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        if (answer.get() == discard) {
            changes.revert();
            next.run();
            return true;
        }
        return showRefused(changes.save(id -> {
            saved(id);
            next.run();
        }));
    }

    /** True when leaving now would not lose typed input (asks the user if needed). */
    public boolean canClose() {
        return confirmLeaving(() -> { });
    }

    public Parent root() {
        return root;
    }

    /** The list's resizable columns by a name that stays the same across versions and languages. */
    private Map<String, TableColumn<ContactRow, ?>> namedColumns() {
        Map<String, TableColumn<ContactRow, ?>> named = new java.util.LinkedHashMap<>();
        named.put("name", nameColumn);
        named.put("organisation", organisationColumn);
        named.put("email", emailColumn);
        named.put("phone", phoneColumn);
        named.put("city", cityColumn);
        named.put("last", lastColumn);
        named.put("due", dueColumn);
        named.put("score", scoreColumn);
        named.put("updated", updatedColumn);
        return named;
    }

    /** The columns' widths as the user left them, by name, to keep between runs. */
    public Map<String, Double> columnWidths() {
        Map<String, Double> widths = new java.util.LinkedHashMap<>();
        namedColumns().forEach((name, column) -> widths.put(name, column.getWidth()));
        return widths;
    }

    /**
     * Gives the columns the widths kept from the last run, once the table knows how wide it is: widths from
     * a wider window are narrowed to fit, so every column stays in sight. Names this version does not know
     * are ignored.
     */
    public void restoreColumnWidths(Map<String, Double> widths) {
        if (table.getWidth() > 0) {
            fitColumnWidths(widths);
            return;
        }
        table.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    table.widthProperty().removeListener(this);
                    fitColumnWidths(widths);
                }
            }
        });
    }

    private void fitColumnWidths(Map<String, Double> widths) {
        List<TableColumn<ContactRow, ?>> columns = new ArrayList<>();
        List<Double> wanted = new ArrayList<>();
        namedColumns().forEach((name, column) -> {
            Double width = widths.get(name);
            if (width != null && column.isVisible()) {
                columns.add(column);
                wanted.add(width);
            } else if (width != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), width)); // fitted when the user shows it
            }
        });
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - 20; // the vertical scroll bar
        for (TableColumn<ContactRow, ?> other : table.getVisibleLeafColumns()) {
            if (!columns.contains(other)) {
                room -= other.getWidth();
            }
        }
        double[] fitted = app.rapport.ui.common.ColumnFit.fit(wanted.stream().mapToDouble(Double::doubleValue).toArray(),
                columns.stream().mapToDouble(TableColumn::getMinWidth).toArray(), room);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(fitted[i]);
        }
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
        namedColumns().values().forEach(column -> column.widthProperty().addListener((obs, old, w) -> changed.run()));
        split.getDividers().get(0).positionProperty().addListener((obs, old, p) -> changed.run());
    }

    public void focusSearch() {
        searchField.requestFocus();
    }

    private StringConverter<ContactKind> labels(Function<ContactKind, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(ContactKind k) {
                return f.apply(k);
            }

            @Override
            public ContactKind fromString(String s) {
                return null;
            }
        };
    }

    private javafx.scene.control.ListCell<ContactKind> kindCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ContactKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty ? null : k == null ? i18n.get("contacts.kind.all") : i18n.get("contacts.kind." + k.name()));
            }
        };
    }

    private javafx.scene.control.ListCell<String> tagCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String tag, boolean empty) {
                super.updateItem(tag, empty);
                setText(empty ? null : tag == null ? i18n.get("contacts.tag.all") : tag);
            }
        };
    }
}
