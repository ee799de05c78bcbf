package app.rapport.ui.review;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewFacts;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewReason;
import app.rapport.service.review.ReviewStep;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import app.rapport.ui.interactions.QuickLog;
import app.rapport.ui.review.ReviewViewModel.CadenceChoice;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Review area: one contact at a time with why it needs attention, and single keys for what to do
 * about it. The keys work only while the area is shown ({@link #installShortcuts}).
 */
public final class ReviewView {
    private final ReviewViewModel vm;
    private final I18n i18n;
    private final QuickLog quickLog;
    private final LongConsumer onOpen;
    private final BorderPane root;
    private final EventHandler<KeyEvent> keys = this::onKeyPressed;
    private final EventHandler<KeyEvent> typed = this::onKeyTyped;
    /** The character of a key just used as a command must not land in a field the command opened. */
    private boolean swallowTyped;
    /** Whether Review is on screen with its keys installed. */
    private boolean shown;

    @FXML private Label progressLabel;
    @FXML private Label errorLabel;
    @FXML private VBox cardBox;
    @FXML private Label nameLabel;
    @FXML private Label organisationLabel;
    @FXML private VBox reasonsBox;
    @FXML private Label lastLabel;
    @FXML private Label dueLabel;
    @FXML private Label cadenceLabel;
    @FXML private Label scoreLabel;
    @FXML private Label addressLabel;
    @FXML private Label tagsLabel;
    @FXML private HBox cadenceBox;
    @FXML private HBox tagBox;
    @FXML private TextField tagField;
    @FXML private Button logButton;
    @FXML private Button cadenceButton;
    @FXML private Button tagButton;
    @FXML private Button archiveButton;
    @FXML private Button openButton;
    @FXML private Button backButton;
    @FXML private Button skipButton;
    @FXML private Button reviewedButton;
    @FXML private VBox endBox;
    @FXML private Label endTitle;
    @FXML private Label endText;
    @FXML private Button endBackButton;
    @FXML private Button newRoundButton;

    /**
     * @param quickLog the app's quick-log dialog
     * @param onOpen   shows the contact in the Contacts area
     */
    public ReviewView(ReviewViewModel vm, I18n i18n, Notifier notifier, QuickLog quickLog, LongConsumer onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.quickLog = quickLog;
        this.onOpen = onOpen;
        this.root = FxmlView.load(this, i18n);
        root.setId("review");
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);

        action(logButton, "L", "mdi2p-phone-outline", this::log);
        action(cadenceButton, "C", "mdi2c-calendar-sync-outline", vm::chooseCadence);
        action(tagButton, "T", "mdi2t-tag-plus-outline", vm::startTag);
        action(archiveButton, "A", "mdi2a-archive-arrow-down", vm::archive);
        action(openButton, "O", "mdi2a-account-arrow-right-outline", this::openContact);
        action(backButton, "\u2190", "mdi2s-skip-previous-outline", vm::back);
        action(skipButton, "S / \u2192", "mdi2s-skip-next-outline", vm::skip);
        action(reviewedButton, "\u23ce / R", "mdi2a-account-check-outline", vm::markReviewed);
        action(endBackButton, "\u2190", "mdi2s-skip-previous-outline", vm::back);
        action(newRoundButton, "N", "mdi2r-refresh", vm::newRound);
        for (Button b : List.of(logButton, cadenceButton, tagButton, archiveButton, openButton, backButton, skipButton,
                reviewedButton, endBackButton, newRoundButton)) {
            b.disableProperty().bind(vm.workingProperty());
        }

        CadenceChoice[] choices = CadenceChoice.values();
        for (int i = 0; i < choices.length; i++) {
            CadenceChoice choice = choices[i];
            Button b = new Button(i18n.get("review.cadence." + choice.name()));
            b.setId("cadence-" + choice.name());
            b.getStyleClass().add("small");
            b.setGraphic(keycap(Integer.toString(i + 1)));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setOnAction(e -> vm.setCadence(choice));
            cadenceBox.getChildren().add(b);
        }
        showWhile(cadenceBox, vm.choosingCadenceProperty().get());
        vm.choosingCadenceProperty().addListener((obs, o, on) -> showWhile(cadenceBox, on));
        showWhile(tagBox, vm.addingTagProperty().get());
        tagField.textProperty().bindBidirectional(vm.tagTextProperty());
        tagField.setOnAction(e -> vm.addTag());
        vm.addingTagProperty().addListener((obs, o, on) -> {
            showWhile(tagBox, on);
            if (on) {
                tagField.requestFocus();
            } else if (tagField.isFocused()) {
                root.requestFocus(); // the keys go on working: no text field has the focus
            }
        });

        vm.stepProperty().addListener((obs, o, step) -> show(step));
        vm.setOnArchived(a -> notifier.show(i18n.format("review.archived", a.name()), i18n.get("review.undo"),
                () -> {
                    notifier.hide();
                    vm.undoArchive(a);
                }));
        show(null);
    }

    public Parent root() {
        return root;
    }

    /** Where the user stopped. */
    public void open() {
        vm.open();
        root.requestFocus();
    }

    /** The keys of the area work anywhere in the window while it is shown. */
    public void installShortcuts(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_TYPED, typed); // may still wait for a character (see below)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        shown = true;
    }

    public void uninstallShortcuts(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        shown = false;
        if (!swallowTyped) {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        }
        // else the key that left Review (O opens the contact) still has its character to come: it is
        // swallowed here, not typed into the area now shown, and the filter goes with it
        vm.cancel();
    }

    private void onKeyPressed(KeyEvent e) {
        swallowTyped = false;
        if (e.isShortcutDown() || e.isAltDown() || root.getScene() == null) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            if (vm.cancel()) {
                e.consume();
            }
            return;
        }
        if (vm.addingTagProperty().get()) {
            return; // the tag field takes the keys; Enter adds
        }
        if (vm.choosingCadenceProperty().get()) {
            int n = digit(code);
            if (n >= 1 && n <= CadenceChoice.values().length) {
                vm.setCadence(CadenceChoice.values()[n - 1]);
                consume(e);
            }
            return;
        }
        if (e.getTarget() instanceof TextInputControl || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Runnable command = switch (code) {
            case L -> this::log;
            case C -> vm::chooseCadence;
            case T -> vm::startTag;
            case A -> vm::archive;
            case O -> this::openContact;
            case S, RIGHT -> vm::skip;
            case ENTER, R -> vm::markReviewed;
            case LEFT -> vm::back;
            case N -> vm::newRound;
            default -> null;
        };
        if (command != null) {
            consume(e);
            command.run();
        }
    }

    private void consume(KeyEvent e) {
        e.consume();
        swallowTyped = true;
    }

    private void onKeyTyped(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
        if (!shown && e.getSource() instanceof Scene scene) {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        }
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
    }

    private void log() {
        current().ifPresent(item -> quickLog.open(List.of(item.contactId()), item.name(), vm::reload));
    }

    private void openContact() {
        current().ifPresent(item -> onOpen.accept(item.contactId()));
    }

    private java.util.Optional<ReviewItem> current() {
        ReviewStep step = vm.stepProperty().get();
        return step == null || step.done() || vm.workingProperty().get() ? java.util.Optional.empty()
                : java.util.Optional.of(step.item());
    }

    private void show(ReviewStep step) {
        boolean card = step != null && !step.done();
        showWhile(cardBox, card);
        showWhile(endBox, step != null && step.done());
        if (step == null) {
            progressLabel.setText("");
            return;
        }
        if (!card) {
            progressLabel.setText(step.total() == 0 ? "" : i18n.format("review.progress.done", step.total()));
            endTitle.setText(i18n.get(step.total() == 0 ? "review.end.nobody" : "review.end.title"));
            endText.setText(step.total() == 0 ? i18n.get("review.end.nobodyText")
                    : i18n.format("review.end.text", step.total(), step.reviewedToday()));
            endBackButton.setVisible(step.total() > 0);
            return;
        }
        ReviewItem item = step.item();
        progressLabel.setText(i18n.format("review.progress", step.index(), step.total(), item.reasons().size()));
        backButton.setVisible(!step.first());
        nameLabel.setText(item.name());
        organisationLabel.setText(item.organisation());
        showWhile(organisationLabel, !item.organisation().isEmpty());
        reasonsBox.getChildren().clear();
        if (item.reasons().isEmpty()) {
            reasonsBox.getChildren().add(reason("mdi2c-check-circle-outline", i18n.get("review.reason.none")));
        }
        for (ReviewReason r : item.reasons()) {
            reasonsBox.getChildren().add(reason(icon(r), words(item, r, step)));
        }
        ReviewFacts facts = item.facts();
        lastLabel.setText(item.lastInteractionOn() == null ? i18n.get("review.never")
                : i18n.format("review.last", i18n.date(item.lastInteractionOn()),
                ChronoUnit.DAYS.between(item.lastInteractionOn(), vm.today())));
        dueLabel.setText(facts.nextDueOn() == null ? i18n.get("review.due.none") : i18n.date(facts.nextDueOn()));
        cadenceLabel.setText(cadence(item.cadence()));
        scoreLabel.setText(facts.score() == null ? i18n.get("review.score.none")
                : facts.scoreFall() > 0 ? i18n.format("review.score.falling", facts.score(), facts.scoreBefore())
                : i18n.format("review.score", facts.score()));
        addressLabel.setText(facts.mailing() == null || facts.mailing().isBlank() ? i18n.get("review.address.none")
                : facts.mailing().oneLine());
        tagsLabel.setText(item.tags().isEmpty() ? i18n.get("review.tags.none") : String.join(", ", item.tags()));
    }

    private String words(ReviewItem item, ReviewReason reason, ReviewStep step) {
        ReviewFacts facts = item.facts();
        return switch (reason) {
            case FLAGGED -> item.flagReason().isEmpty() ? i18n.get("review.reason.FLAGGED")
                    : i18n.format("review.reason.FLAGGED.why", item.flagReason());
            case OVERDUE -> i18n.format("review.reason.OVERDUE", ChronoUnit.DAYS.between(facts.nextDueOn(), vm.today()),
                    i18n.date(facts.nextDueOn()));
            case FALLING_SCORE -> i18n.format("review.reason.FALLING_SCORE", facts.scoreBefore(), facts.score());
            case NO_MAILING_ADDRESS -> i18n.get("review.reason.NO_MAILING_ADDRESS");
            case NOT_REVIEWED -> facts.reviewedOn() != null
                    ? i18n.format("review.reason.NOT_REVIEWED", i18n.date(facts.reviewedOn()))
                    : facts.addedOn() != null ? i18n.format("review.reason.NOT_REVIEWED.never", i18n.date(facts.addedOn()))
                    : i18n.get("review.reason.NOT_REVIEWED.unknown");
        };
    }

    private static String icon(ReviewReason reason) {
        return switch (reason) {
            case FLAGGED -> "mdi2f-flag-outline";
            case OVERDUE -> "mdi2c-calendar-alert";
            case FALLING_SCORE -> "mdi2t-trending-down";
            case NO_MAILING_ADDRESS -> "mdi2e-email-alert-outline";
            case NOT_REVIEWED -> "mdi2c-clock-outline";
        };
    }

    private String cadence(Cadence c) {
        return c == null ? i18n.get("review.cadence.none")
                : i18n.format("review.cadence.every", c.amount(), i18n.get("cadence.unit." + c.unit().name()));
    }

    private static Label reason(String icon, String text) {
        Label label = new Label(text, new FontIcon(icon));
        label.getStyleClass().add("review-reason");
        label.setWrapText(true);
        return label;
    }

    private void action(Button button, String key, String icon, Runnable command) {
        HBox graphic = new HBox(6, keycap(key), new FontIcon(icon));
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        button.setGraphic(graphic);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            command.run();
            if (!vm.addingTagProperty().get()) {
                root.requestFocus();
            }
        });
    }

    private static Label keycap(String key) {
        Label cap = new Label(key);
        cap.getStyleClass().add("keycap");
        return cap;
    }

    private static void showWhile(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
