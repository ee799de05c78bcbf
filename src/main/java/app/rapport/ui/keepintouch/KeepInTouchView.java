package app.rapport.ui.keepintouch;

import app.rapport.domain.DueItem;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Placeholders;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Keep in touch area: a ranked table with Log, Snooze and Open on every row. */
public final class KeepInTouchView {
    private final KeepInTouchViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<DueItem> table = new TableView<>();

    /**
     * @param onLog  opens the quick log for the row's contact; refresh the list after it saves
     * @param onOpen shows the contact in the Contacts area
     */
    private final PlaybooksView playbooks;

    public KeepInTouchView(KeepInTouchViewModel vm, PlaybooksView playbooks, I18n i18n, Consumer<DueItem> onLog,
                           Consumer<Long> onOpen, Runnable onTagCadences) {
        this.playbooks = playbooks;
        this.vm = vm;
        this.i18n = i18n;
        Label title = new Label(i18n.get("kit.title"));
        title.getStyleClass().add("area-title");
        Label intro = new Label(i18n.get("kit.intro"));
        intro.getStyleClass().add("result-count");
        intro.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        Button cadences = new Button(i18n.get("tagCadence.title"), new FontIcon("mdi2t-tag-outline"));
        cadences.setId("tagCadences");
        cadences.getStyleClass().addAll("flat", "small");
        cadences.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cadences.setOnAction(e -> onTagCadences.run());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        VBox top = new VBox(4, new HBox(8, title, spacer, cadences), intro, error);
        top.setPadding(new Insets(14, 14, 10, 14));
        root.setTop(top);

        table.setId("keepInTouchTable");
        table.setItems(vm.items());
        Placeholders.whileLoading(table.placeholderProperty(), vm.loadedProperty(), i18n, "kit.empty");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        app.rapport.ui.common.WholeWords.inHeaders(table);
        table.setAccessibleText(i18n.get("kit.title"));
        table.getColumns().add(column("kit.column.name", 220, DueItem::name));
        table.getColumns().add(column("kit.column.reason", 230, this::reason));
        table.getColumns().add(column("kit.column.due", 190, d -> d.dueOn() == null ? ""
                : i18n.shortDate(d.dueOn()) + " \u00b7 " + i18n.relative(d.dueOn(), vm.today())));
        TableColumn<DueItem, DueItem> actions = new TableColumn<>(i18n.get("kit.column.actions"));
        actions.setPrefWidth(360);
        actions.setMinWidth(340);
        actions.setSortable(false);
        actions.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        actions.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DueItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Button log = button("kit.log", "mdi2p-phone-outline", () -> onLog.accept(item));
                log.getStyleClass().add("accent");
                log.setId("kitLog");
                Button snooze = button(item.followUpId() > 0 ? "kit.done" : "kit.snooze", "mdi2a-alarm-snooze",
                        () -> vm.snooze(item));
                Button open = button("kit.open", "mdi2a-account-arrow-right-outline", () -> onOpen.accept(item.contactId()));
                setGraphic(new HBox(6, log, snooze, open));
            }
        });
        table.getColumns().add(actions);
        javafx.scene.control.Tab dueTab = new javafx.scene.control.Tab(i18n.get("kit.tab.due"), table);
        javafx.scene.control.Tab playbookTab = new javafx.scene.control.Tab(i18n.get("kit.tab.playbooks"),
                playbooks.root());
        playbookTab.setId("playbooksTab");
        dueTab.setClosable(false);
        playbookTab.setClosable(false);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(dueTab, playbookTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == playbookTab) {
                playbooks.refresh();
            }
        });
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(0, 14, 14, 14));
    }

    private String reason(DueItem d) {
        return switch (d.reason()) {
            case CADENCE -> d.daysOverdue() > 0 ? i18n.format("kit.reason.overdue", d.daysOverdue())
                    : i18n.get("kit.reason.dueSoon");
            case BIRTHDAY -> i18n.get("kit.reason.birthday");
            case ANNIVERSARY -> i18n.format("kit.reason.anniversary", d.note());
            case FOLLOW_UP -> d.note() == null || d.note().isBlank() ? i18n.get("kit.reason.followUp")
                    : i18n.format("kit.reason.followUpNote", d.note());
        } + (d.flagged() ? " \u26A0" : "");
    }

    private Button button(String key, String icon, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(i18n.get(key)));
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<DueItem, String> column(String key, double width, Function<DueItem, String> value) {
        TableColumn<DueItem, String> c = new TableColumn<>(i18n.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // ranked by urgency in the service
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        return c;
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        vm.refresh();
        playbooks.refresh();
    }
}
