package app.rapport.ui.contacts;

import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;

/** The workspace's notices as the toast above the window, in the user's words. */
final class ToastNotices implements ContactsWorkspaceViewModel.Notices {
    private final Notifier notifier;
    private final I18n i18n;

    ToastNotices(Notifier notifier, I18n i18n) {
        this.notifier = notifier;
        this.i18n = i18n;
    }

    @Override
    public void show(Words text, Words action, Runnable act) {
        notifier.show(words(text), action == null ? null : words(action), act);
    }

    @Override
    public void hide() {
        notifier.hide();
    }

    private String words(Words w) {
        return w.args().isEmpty() ? i18n.get(w.key()) : i18n.format(w.key(), w.args().toArray());
    }
}
