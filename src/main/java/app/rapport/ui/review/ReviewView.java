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
import java.util.List;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Review area: one contact at a time with why it needs attention, and single keys for what to do
 * about it. The keys work only while the area is shown ({@link #installShortcuts}).
 */
public final class ReviewView {
    private final ReviewViewModel vm;
    private final QuickLog quickLog;
    private final LongConsumer onOpen;
    private final BorderPane root;
    private final ReviewKeys keys;
    private final ReviewCardWords words;

    @FXML private Label progressLabel;
    @FXML private Label errorLabel;
    @FXML private VBox cardBox;
    @FXML private ReviewCardFacts factsController;
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
        this.quickLog = quickLog;
        this.onOpen = onOpen;
        this.root = FxmlView.load(this, i18n);
        this.words = new ReviewCardWords(i18n);
        this.keys = new ReviewKeys(vm, root, this::log, this::openContact);
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);

        keys.action(logButton, this::log);
        keys.action(cadenceButton, vm::chooseCadence);
        keys.action(tagButton, vm::startTag);
        keys.action(archiveButton, vm::archive);
        keys.action(openButton, this::openContact);
        keys.action(backButton, vm::back);
        keys.action(skipButton, vm::skip);
        keys.action(reviewedButton, vm::markReviewed);
        keys.action(endBackButton, vm::back);
        keys.action(newRoundButton, vm::newRound);
        for (Button b : List.of(logButton, cadenceButton, tagButton, archiveButton, openButton, backButton, skipButton,
                reviewedButton, endBackButton, newRoundButton)) {
            b.disableProperty().bind(vm.workingProperty());
        }
        for (CadenceChoice choice : CadenceChoice.values()) {
            ((Button) cadenceBox.lookup("#cadence-" + choice.name())).setOnAction(e -> vm.setCadence(choice));
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
        vm.setOnArchived(a -> notifier.show(i18n.format("review.archived", a.name()), i18n.get("review.undo"), () -> {
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
        keys.install(scene);
    }

    public void uninstallShortcuts(Scene scene) {
        keys.uninstall(scene);
        vm.cancel();
    }

    private void log() {
        vm.current().ifPresent(item -> quickLog.open(List.of(item.contactId()), item.name(), vm::reload));
    }

    private void openContact() {
        vm.current().ifPresent(item -> onOpen.accept(item.contactId()));
    }

    private void show(ReviewStep step) {
        boolean card = step != null && !step.done();
        showWhile(cardBox, card);
        showWhile(endBox, step != null && step.done());
        progressLabel.setText(words.progress(step));
        if (card) {
            backButton.setVisible(!step.first());
            factsController.show(step.item(), vm.today(), words);
        } else if (step != null) {
            endTitle.setText(words.endTitle(step));
            endText.setText(words.endText(step));
            endBackButton.setVisible(step.total() > 0);
        }
    }

    private static void showWhile(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
