package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form's head: the contact's photo, else its kind's icon; its name, or "New person" until it has one; Archived. */
final class ContactHeading {
    private ContactHeading() {
    }

    static void bind(FontIcon kindIcon, ImageView photo, Label heading, Label archived, ContactEditorViewModel vm,
                     I18n i18n) {
        vm.kindProperty().addListener((obs, old, kind) -> showKind(kindIcon, kind));
        showKind(kindIcon, vm.kindProperty().get());
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.untitledKeyProperty().get() == null
                ? vm.headingProperty().get() : i18n.get(vm.untitledKeyProperty().get()), vm.untitledKeyProperty(),
                vm.headingProperty()));
        show(archived, vm.archivedProperty());
        photo.imageProperty().bind(Bindings.createObjectBinding(() -> {
            ContactPhoto p = vm.photoProperty().get();
            return p == null ? null : Thumbnails.image(p.bytes());
        }, vm.photoProperty()));
        show(photo, photo.imageProperty().isNotNull());
        show(kindIcon, photo.imageProperty().isNull());
    }

    private static void showKind(FontIcon icon, ContactKind kind) {
        icon.setIconLiteral(kind == ContactKind.ORGANISATION ? "mdi2d-domain" : "mdi2a-account-outline");
    }

    /** The node is there (visible and taking room) exactly when {@code when} holds. */
    static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
