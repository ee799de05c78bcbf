package app.rapport.app;

import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.UserMessages;
import app.rapport.ui.interactions.QuickLog;
import app.rapport.ui.interactions.QuickLogDialog;
import app.rapport.ui.interactions.QuickLogViewModel;
import app.rapport.ui.main.MainView;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The Log dialog for every area that logs an interaction (Contacts, Keep in touch, Review). */
final class QuickLogs implements QuickLog {
    private final Services services;
    private final FxTaskRunner runner;
    private final I18n i18n;
    private final MainView main;
    private final Supplier<Window> window;

    QuickLogs(Services services, FxTaskRunner runner, I18n i18n, MainView main, Supplier<Window> window) {
        this.services = services;
        this.runner = runner;
        this.i18n = i18n;
        this.main = main;
        this.window = window;
    }

    @Override
    public void open(List<Long> contactIds, String who, Runnable onSaved) {
        QuickLogViewModel vm = new QuickLogViewModel(services.interactions(), runner, contactIds,
                LocalDate.now(services.clock()));
        if (new QuickLogDialog(window.get(), who, vm, i18n, services.contacts(), runner).showAndWait()) {
            onSaved.run();
        }
    }

    @Override
    public void edit(long interactionId, String who, Runnable onSaved) {
        runner.run(() -> services.interactions().find(interactionId), found -> found.ifPresent(existing -> {
            QuickLogViewModel vm = QuickLogViewModel.edit(services.interactions(), runner, existing);
            if (new QuickLogDialog(window.get(), who, vm, i18n, services.contacts(), runner).showAndWait()) {
                onSaved.run();
            }
        }), failure -> main.setMessage(i18n.get(UserMessages.keyFor(failure))));
    }
}
