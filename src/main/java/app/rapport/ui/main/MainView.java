package app.rapport.ui.main;

import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's frame: the sidebar of areas, the content area and the status bar. */
public final class MainView implements Notifier {
    private final I18n i18n;
    private final BorderPane root;
    private final PauseTransition autoHide = new PauseTransition(Duration.seconds(8));
    private final ToggleGroup areas = new ToggleGroup();

    @FXML private VBox sidebar;
    @FXML private VBox areaBox;
    @FXML private VBox actionBox;
    @FXML private NotificationPane notifications;
    @FXML private StackPane content;
    @FXML private Label databaseLabel;
    @FXML private Label demoLabel;
    @FXML private Hyperlink leaveDemo;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;

    public MainView(I18n i18n) {
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        autoHide.setOnFinished(e -> notifications.hide());
    }

    /**
     * Adds an area to the sidebar; choosing it runs {@code onShow}. Only areas that exist are added.
     *
     * @return the area's button, to select it from code
     */
    public ToggleButton addArea(String id, String labelKey, String icon, Runnable onShow) {
        return SidebarButtons.area(areaBox, areas, id, i18n.get(labelKey), icon, onShow);
    }

    /** Adds a command at the foot of the sidebar (Import…, Backups…): it opens a dialog, not an area. */
    public void addAction(String id, String labelKey, String icon, Runnable action) {
        SidebarButtons.action(actionBox, id, i18n.get(labelKey), icon, action);
    }

    /** Forgets the areas and commands, for a newly opened database. */
    public void clearAreas() {
        areaBox.getChildren().clear();
        actionBox.getChildren().clear();
        areas.getToggles().clear();
    }

    public Parent root() {
        return root;
    }

    /** Replaces what the content area shows. */
    public void showContent(Node node) {
        content.getChildren().setAll(node);
    }

    public void setSidebarVisible(boolean visible) {
        sidebar.setVisible(visible);
        sidebar.setManaged(visible);
    }

    public void showDatabase(Path file, boolean demo, Runnable onLeaveDemo) {
        databaseLabel.setText(i18n.format("status.database", file.getFileName()));
        databaseLabel.setTooltip(new Tooltip(file.toString()));
        for (Node n : new Node[] {demoLabel, leaveDemo}) {
            n.setVisible(demo);
            n.setManaged(demo);
        }
        leaveDemo.setOnAction(e -> onLeaveDemo.run());
    }

    public void bindBusy(ObservableBooleanValue busy) {
        busyIndicator.visibleProperty().bind(busy);
    }

    public void setMessage(String text) {
        messageLabel.setText(text);
    }

    @Override
    public void show(String text, String actionText, Runnable action) {
        autoHide.stop();
        notifications.getActions().clear();
        if (actionText != null && action != null) {
            notifications.getActions().add(new Action(actionText, e -> action.run()));
        }
        FontIcon icon = new FontIcon(action == null ? "mdi2c-check-circle-outline" : "mdi2d-delete-outline");
        notifications.show(text, icon);
        autoHide.playFromStart();
    }

    /**
     * A problem the user must not miss (a backup failed): an error icon, and it stays until closed;
     * {@code actionText} and {@code action} may be null.
     */
    public void showProblem(String text, String actionText, Runnable action) {
        autoHide.stop();
        notifications.getActions().clear();
        if (actionText != null && action != null) {
            notifications.getActions().add(new Action(actionText, e -> {
                notifications.hide();
                action.run();
            }));
        }
        FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
        icon.getStyleClass().add("problem-icon");
        notifications.show(text, icon);
    }

    @Override
    public void hide() {
        autoHide.stop();
        notifications.hide();
    }
}
