package app.rapport.ui.importing;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** How the Import dialog shows its problems and proposed merges: wrapped, never cut off with "…". */
final class ImportCells {
    private final ImportWords words;

    ImportCells(ImportWords words) {
        this.words = words;
    }

    /** Each problem where it is and what it is; a record left out is marked as an error. */
    void problems(ListView<ProblemRow> list) {
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // wrap within the list's width rather than run off to the right
            }

            @Override
            protected void updateItem(ProblemRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : words.problem(p));
                setWrapText(true);
                getStyleClass().remove("field-error");
                if (!empty && p != null && p.skipped()) {
                    getStyleClass().add("field-error");
                }
            }
        });
    }

    /** The tick, then group, record, match and the reason, which takes the room left. */
    void merges(TableView<MergeRow> table, TableColumn<MergeRow, Boolean> accept, TableColumn<MergeRow, String> group,
                TableColumn<MergeRow, String> record, TableColumn<MergeRow, String> other,
                TableColumn<MergeRow, String> why) {
        accept.setCellValueFactory(cd -> cd.getValue().acceptedProperty());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        // as wide as its heading and no wider: the record, the match and the reason need the room
        Text heading = new Text(accept.getText());
        heading.setFont(Font.font(null, FontWeight.BOLD, 13));
        double acceptWidth = Math.max(70, Math.ceil(heading.getLayoutBounds().getWidth()) + 28);
        accept.setPrefWidth(acceptWidth);
        accept.setMaxWidth(acceptWidth);
        column(group, words::groupName);
        column(record, words::record);
        column(other, words::into);
        column(why, words::why);
    }

    private static void column(TableColumn<MergeRow, String> c, Function<MergeRow, String> value) {
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setCellFactory(x -> new WrappingCell());
    }

    /** Text wrapped to its column; the row grows to its longest cell (LineByLineTableCellSkin). */
    private static final class WrappingCell extends TableCell<MergeRow, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
        }
    }
}
