package app.rapport.ui.contacts;

import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;

/** The contact who introduced us: chosen in a picker, shown by name when the view-model names them by id. */
final class IntroducerPicker {
    private IntroducerPicker() {
    }

    static ContactPicker bind(ObjectProperty<Long> introducedBy, ContactService contacts, TaskRunner runner, I18n i18n) {
        ContactPicker picker = new ContactPicker(contacts, runner, i18n);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.selectedProperty().addListener((obs, old, s) -> introducedBy.set(s == null ? null : s.id()));
        introducedBy.addListener((obs, old, id) -> {
            if (id == null) {
                if (picker.selectedProperty().get() != null) {
                    picker.clear();
                }
            } else if (picker.selectedProperty().get() == null || picker.selectedProperty().get().id() != id) {
                runner.run(() -> contacts.summaries(new long[] {id}), found -> found.stream().findFirst()
                        .ifPresent(picker::choose), failure -> { });
            }
        });
        return picker;
    }
}
