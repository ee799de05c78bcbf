package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.ui.common.I18n;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the contacts table's cells show: the kind (or the flag, or the photo) and the text columns in the
 * user's words, a row not yet loaded as "Loading…", an archived row greyed by its pseudo-class.
 */
final class ContactColumns {
    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");

    private final I18n i18n;
    private final Thumbnails thumbnails;

    ContactColumns(I18n i18n, Thumbnails thumbnails) {
        this.i18n = i18n;
        this.thumbnails = thumbnails;
    }

    void rows(TableView<ContactRow> table) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && row.loaded() && row.summary().archived());
            }
        });
    }

    void kind(TableColumn<ContactRow, ContactRow> column) {
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        column.setCellFactory(c -> new KindCell());
        column.setSortable(false);
    }

    /** A text column; the first (the name) says when a row is still loading or cannot be read. */
    void text(TableColumn<ContactRow, String> column, Function<ContactSummary, String> value, boolean first) {
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

    /** An organisation's own name is in the Name column; its Organisation cell says what kind it is. */
    String organisation(ContactSummary s) {
        return s.kind() == ContactKind.PERSON ? s.organisation() : i18n.get("orgKind." + s.orgKind());
    }

    String score(ContactSummary s) {
        return s.score() == null ? "" : i18n.number(s.score());
    }

    private final class KindCell extends TableCell<ContactRow, ContactRow> {
        private final FontIcon person = new FontIcon("mdi2a-account-outline");
        private final FontIcon org = new FontIcon("mdi2d-domain");
        private final ImageView avatar = avatar();

        KindCell() {
            // a photo that arrives after the row was drawn
            thumbnails.arrivalsProperty().addListener((obs, was, now) -> updateItem(getItem(), isEmpty()));
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
            String kindWord = i18n.get("kind." + kind.name());
            if (row.summary().flagged()) {
                // the flag shows wherever the contact appears (protect your capital)
                FontIcon flag = new FontIcon("mdi2f-flag");
                flag.getStyleClass().add("flag-icon");
                setGraphic(flag);
                setAccessibleText(kindWord + ", " + i18n.get("flag.badge"));
                return;
            }
            Image photo = thumbnails.get(row.id());
            if (photo != null) {
                avatar.setImage(photo);
                setGraphic(avatar);
                setAccessibleText(kindWord + ", " + i18n.get("contacts.photo"));
                return;
            }
            setGraphic(kind == ContactKind.PERSON ? person : org);
            setAccessibleText(kindWord);
        }
    }

    /** A contact's small photo in the kind column: round, the size of a line. */
    private static ImageView avatar() {
        ImageView view = new ImageView();
        view.setFitWidth(22);
        view.setFitHeight(22);
        view.setSmooth(true);
        view.getStyleClass().add("contact-avatar");
        view.setClip(new Circle(11, 11, 11));
        return view;
    }
}
