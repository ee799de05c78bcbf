package app.rapport.ui.matrix;

import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A list per quadrant with its heading and suggested next step: choosing someone assesses them (one
 * chosen across all four lists), a double click or Enter opens the contact.
 */
final class QuadrantLists {
    private final MatrixViewModel vm;
    private final MatrixTexts texts;
    private final LongConsumer onOpen;
    private final Map<Quadrant, ListView<MatrixEntry>> lists = new EnumMap<>(Quadrant.class);

    QuadrantLists(MatrixViewModel vm, MatrixTexts texts, LongConsumer onOpen) {
        this.vm = vm;
        this.texts = texts;
        this.onOpen = onOpen;
    }

    void fill(VBox box) {
        for (Quadrant q : Quadrant.values()) {
            box.getChildren().add(section(q));
        }
    }

    private VBox section(Quadrant q) {
        ListView<MatrixEntry> list = new ListView<>(vm.inQuadrant(q));
        list.setId("matrixList-" + q.name());
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(texts.emptyList()));
        list.setAccessibleText(texts.quadrant(q));
        list.setCellFactory(v -> new EntryCell());
        list.setOnKeyPressed(e -> {
            MatrixEntry chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                onOpen.accept(chosen.contactId());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, chosen) -> {
            if (chosen != null) {
                lists.values().stream().filter(l -> l != list).forEach(l -> l.getSelectionModel().clearSelection());
                vm.edit(chosen.contactId(), chosen.name());
            }
        });
        lists.put(q, list);
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> texts.heading(q, vm.inQuadrant(q).size()),
                vm.inQuadrant(q)));
        Label next = new Label(texts.nextStep(q));
        next.getStyleClass().add("matrix-next-step");
        next.setWrapText(true);
        return new VBox(4, heading, next, list);
    }

    private final class EntryCell extends ListCell<MatrixEntry> {
        EntryCell() {
            setWrapText(true); // a long name goes onto a second line; its places stay in view
            setPrefWidth(0); // as wide as the list, not as the words: the list never scrolls sideways
        }

        @Override
        protected void updateItem(MatrixEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : texts.listCell(item));
            setOnMouseClicked(empty || item == null ? null : e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    onOpen.accept(item.contactId());
                }
            });
        }
    }
}
