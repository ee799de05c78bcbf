package app.rapport.ui.cards;

import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.Recipient;
import app.rapport.ui.common.I18n;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** How the Cards area shows its lists and envelopes in cells: the words of each column, a row's recipients. */
final class EnvelopeCells {
    private final I18n i18n;

    EnvelopeCells(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Holiday 2026 (12, 3 sent)". */
    ListCell<CardListSummary> listCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CardListSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : i18n.format("cards.list.cell", item.name(), item.envelopes(), item.sent()));
            }
        };
    }

    /** The envelope table's five columns in words, and each row's recipients as its tooltip. */
    void install(TableView<EnvelopeRow> table, TableColumn<EnvelopeRow, String> addressee,
                 TableColumn<EnvelopeRow, String> salutation, TableColumn<EnvelopeRow, String> address,
                 TableColumn<EnvelopeRow, String> status, TableColumn<EnvelopeRow, String> history) {
        column(addressee, EnvelopeRow::addresseeShown);
        column(salutation, r -> r.envelope().salutation());
        column(address, r -> r.envelope().address().oneLine());
        column(status, this::status);
        column(history, this::history);
        table.setRowFactory(t -> {
            TableRow<EnvelopeRow> row = new TableRow<>();
            row.itemProperty().addListener((obs, o, item) -> row.setTooltip(item == null ? null
                    : new Tooltip(item.envelope().recipients().stream().map(Recipient::name)
                    .reduce((a, b) -> a + "\n" + b).orElse(""))));
            return row;
        });
    }

    private String status(EnvelopeRow r) {
        String name = i18n.get("cards.status." + r.envelope().status().name());
        return r.statusDay() == null ? name : name + " " + i18n.shortDate(r.statusDay());
    }

    private String history(EnvelopeRow r) {
        return r.neverSendsBack() ? r.historyMarks() + "  " + i18n.get("cards.history.neverBack") : r.historyMarks();
    }

    private static void column(TableColumn<EnvelopeRow, String> c, Function<EnvelopeRow, String> value) {
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
    }
}
