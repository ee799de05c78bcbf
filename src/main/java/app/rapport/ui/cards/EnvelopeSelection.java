package app.rapport.ui.cards;

import app.rapport.domain.cards.Recipient;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/** The envelopes chosen in the Cards table: what the marking buttons and the envelope menu act on. */
final class EnvelopeSelection {
    private final TableView<EnvelopeRow> table;

    EnvelopeSelection(TableView<EnvelopeRow> table) {
        this.table = table;
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    List<Long> ids() {
        return table.getSelectionModel().getSelectedItems().stream().map(EnvelopeRow::id).toList();
    }

    /** The one envelope chosen; empty when none or several are. */
    Optional<EnvelopeRow> one() {
        return table.getSelectionModel().getSelectedItems().size() == 1
                ? Optional.of(table.getSelectionModel().getSelectedItem()) : Optional.empty();
    }

    BooleanBinding none() {
        return Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
    }

    BooleanBinding notOne() {
        return Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
    }

    /** The chosen envelope's recipients, each to be split off into an envelope of their own; fewer than two, nothing to split. */
    void fillSplit(Menu splitMenu, CardsViewModel vm) {
        splitMenu.getItems().clear();
        one().ifPresent(r -> {
            for (Recipient recipient : r.envelope().recipients()) {
                MenuItem item = new MenuItem(recipient.name());
                item.setOnAction(e -> vm.split(r.id(), recipient.contactId()));
                splitMenu.getItems().add(item);
            }
        });
        splitMenu.setDisable(splitMenu.getItems().size() < 2);
    }
}
