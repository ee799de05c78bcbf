package app.rapport.ui.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** How the Backups table shows a backup: when, how big, what kind (a lock when encrypted), damaged rows marked. */
final class BackupCells {
    private static final PseudoClass DAMAGED = PseudoClass.getPseudoClass("damaged");

    private final I18n i18n;
    private final DateTimeFormatter dates;

    BackupCells(I18n i18n) {
        this.i18n = i18n;
        // in the locale's calendar, as every other date (the Buddhist era in Thai)
        this.dates = i18n.calendar(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
    }

    void install(TableView<Backup> table, TableColumn<Backup, String> date, TableColumn<Backup, String> size,
                 TableColumn<Backup, String> kind) {
        column(date, b -> dates.format(b.takenAt()));
        column(size, b -> size(b.size()));
        column(kind, this::kindText);
        kind.setCellFactory(c -> new KindCell());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                pseudoClassStateChanged(DAMAGED, !empty && b != null && b.damaged());
            }
        });
    }

    /** What the backup is, and a damaged one says so in words (not by colour alone). */
    private String kindText(Backup b) {
        String kind = i18n.get(switch (b.kind()) {
            case REGULAR -> "backup.kind.regular";
            case AT_START -> "backup.kind.atStart";
            case BEFORE_RESTORE -> "backup.kind.beforeRestore";
        });
        return b.damaged() ? i18n.format("backup.kind.damaged", kind) : kind;
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? i18n.format("backup.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : i18n.format("backup.size.mb", bytes / (1024.0 * 1024.0));
    }

    private static void column(TableColumn<Backup, String> c, Function<Backup, String> value) {
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
    }

    /** The kind of backup, with a lock when it is encrypted. */
    private final class KindCell extends TableCell<Backup, String> {
        @Override
        protected void updateItem(String kind, boolean empty) {
            super.updateItem(kind, empty);
            // by index: the row's own item may not be updated yet when its cells are
            Backup backup = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                    : getTableView().getItems().get(getIndex());
            setText(empty ? null : kind);
            if (backup != null && backup.encrypted()) {
                FontIcon lock = new FontIcon("mdi2l-lock");
                lock.getStyleClass().add("backup-lock");
                setGraphic(lock);
                setAccessibleText(kind + ", " + i18n.get("backup.kind.encrypted"));
                setTooltip(new Tooltip(i18n.get("backup.kind.encrypted")));
            } else {
                setGraphic(null);
                setAccessibleText(null);
                setTooltip(null);
            }
        }
    }
}
