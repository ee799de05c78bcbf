package app.rapport.ui.welcome;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The greeting for an empty database. */
public final class WelcomeView {
    private final WelcomeViewModel vm;
    private final I18n i18n;
    private final Path file;
    private final Parent root;

    @FXML private Label body;
    @FXML private Button emptyButton;
    @FXML private Button demoButton;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Label error;

    public WelcomeView(WelcomeViewModel vm, I18n i18n, Path file) {
        this.vm = vm;
        this.i18n = i18n;
        this.file = file;
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        body.setText(i18n.format("welcome.body", file.toString()));
        emptyButton.setOnAction(e -> vm.startEmpty());
        demoButton.setOnAction(e -> vm.exploreDemo());
        emptyButton.disableProperty().bind(vm.preparingProperty());
        demoButton.disableProperty().bind(vm.preparingProperty());
        progress.visibleProperty().bind(vm.preparingProperty());
        progressText.visibleProperty().bind(vm.preparingProperty());
        progress.managedProperty().bind(vm.preparingProperty());
        progressText.managedProperty().bind(vm.preparingProperty());
        progress.progressProperty().bind(Bindings.createDoubleBinding(
                () -> (double) vm.writtenProperty().get() / vm.total(), vm.writtenProperty()));
        progressText.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("welcome.demo.progress", vm.writtenProperty().get(), vm.total()), vm.writtenProperty()));
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        demoButton.requestFocus();
    }
}
