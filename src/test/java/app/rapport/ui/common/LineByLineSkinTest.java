package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Wrapped Thai labels and check boxes stay inside their bounds: drawn line by line, every line within the width, no
 * ink to the right of the label (where JavaFX's own skin draws the rest of the paragraph on Linux).
 */
class LineByLineSkinTest extends FxRobot {
    // Thai only: the embedded Thai font has no Latin letters
    private static final String THAI = "แต่ละส่วนให้คะแนนได้สูงสุดกี่คะแนนจากร้อย จะปรับสัดส่วนให้รวมกันเป็นร้อย "
            + "และคำนวณคะแนนทั้งหมดใหม่ทุกครั้งที่คุณเปลี่ยน";
    private static final double WIDTH = 260;
    private final Locale original = Locale.getDefault();
    private Font thai;
    private Pane root;
    private Label wrapped;
    private Label english;
    private javafx.scene.control.CheckBox box;
    private javafx.scene.control.TextArea area;

    @BeforeEach
    void show() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("th")); // Thai words break as a Thai user's computer breaks them
        try (InputStream in = getClass().getResourceAsStream("/app/rapport/fonts/NotoSansThai-Regular.ttf")) {
            thai = Font.loadFont(in, 13); // our own font, so the test does not depend on the machine's
        }
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            wrapped = label(THAI, 10);
            wrapped.setFont(thai);
            english = label("Each part's most points out of 100; Rapport scales them to add up to 100 and "
                    + "recomputes every score.", 150);
            box = new javafx.scene.control.CheckBox(THAI);
            box.setWrapText(true);
            box.setFont(thai);
            box.setTextFill(Color.BLACK);
            box.setLayoutX(320);
            box.setLayoutY(10);
            box.setPrefWidth(WIDTH);
            box.setMaxWidth(WIDTH);
            area = new javafx.scene.control.TextArea(THAI);
            area.setWrapText(true);
            area.setFont(thai);
            area.setLayoutX(320);
            area.setLayoutY(150);
            area.setPrefSize(WIDTH, 120);
            root = new Pane(wrapped, english, box, area);
            root.setStyle("-fx-background-color: white;");
            Scene scene = new Scene(root, 700, 320);
            ComplexText.addTo(scene);
            stage.setScene(scene);
            stage.show();
        });
        FxWait.until(() -> wrapped.getSkin() != null && wrapped.getHeight() > 0);
    }

    private Label label(String text, double y) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextFill(Color.BLACK);
        label.setLayoutX(10);
        label.setLayoutY(y);
        label.setPrefWidth(WIDTH);
        label.setMaxWidth(WIDTH);
        return label;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(original);
    }

    @Test
    void wrappedThaiIsDrawnLineByLineWithinTheLabel() throws Exception {
        LineByLineLabelSkin skin = (LineByLineLabelSkin) wrapped.getSkin();
        String drawn = interactAndGet(skin::drawnLines);
        assertThat(drawn).as("drawn in lines").contains("\n");
        assertThat(drawn.replace("\n", "")).as("every word, in order").isEqualTo(THAI);
        List<String> lines = List.of(drawn.split("\n"));
        assertThat(lines).hasSizeGreaterThan(2);
        for (String line : lines) {
            Text measure = new Text(line.stripTrailing());
            measure.setFont(thai);
            assertThat(measure.getLayoutBounds().getWidth()).as(line).isLessThanOrEqualTo(WIDTH);
        }

        WritableImage image = interactAndGet(() -> root.snapshot(null, null));
        Bounds bounds = area(wrapped);
        assertThat(inkRightOf(image, bounds)).as("ink to the right of the label").isZero();
        assertThat(inkWithin(image, bounds)).as("the words are drawn").isGreaterThan(200);
    }

    @Test
    void aWrappedThaiCheckBoxToo() throws Exception {
        LineByLineCheckBoxSkin skin = (LineByLineCheckBoxSkin) box.getSkin();
        String drawn = interactAndGet(skin::drawnLines);
        assertThat(drawn).contains("\n");
        assertThat(drawn.replace("\n", "")).isEqualTo(THAI);
        WritableImage image = interactAndGet(() -> root.snapshot(null, null));
        assertThat(inkRightOf(image, area(box))).as("ink to the right of the box").isZero();
        assertThat(inkWithin(image, area(box))).isGreaterThan(200);
    }

    @Test
    void aWrappedThaiTextAreaToo() throws Exception {
        LineByLineTextAreaSkin skin = (LineByLineTextAreaSkin) area.getSkin();
        String drawn = interactAndGet(skin::drawnLines);
        assertThat(drawn).contains("\n");
        assertThat(drawn.replace("\n", "")).isEqualTo(THAI);
        // right of where each line ends, up to the area's edge, nothing is drawn (JavaFX's own skin repeats
        // the next line's first words there); the lines start at the text's left edge in the area
        WritableImage image = interactAndGet(() -> root.snapshot(null, null));
        Bounds box = area(area);
        Node text = interactAndGet(() -> area.lookup(".content .text"));
        Bounds textBounds = interactAndGet(() -> root.sceneToLocal(text.localToScene(text.getBoundsInLocal())));
        List<String> lines = List.of(drawn.split("\n"));
        double lineHeight = textBounds.getHeight() / lines.size();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            Text measure = new Text(lines.get(i).stripTrailing());
            measure.setFont(thai);
            int from = (int) (textBounds.getMinX() + measure.getLayoutBounds().getWidth()) + 6;
            int to = (int) box.getMaxX() - 20; // clear of the scroll bar
            int top = (int) (textBounds.getMinY() + i * lineHeight + 4);
            if (to - from >= 12 && top + lineHeight - 8 < box.getMaxY()) {
                assertThat(ink(image, from, to, top, (int) (top + lineHeight - 8))).as("after line %d", i + 1).isZero();
                checked++;
            }
        }
        assertThat(checked).as("lines with room after them").isPositive();
        assertThat(inkWithin(image, box)).isGreaterThan(200);
    }

    @Test
    void otherLabelsAreDrawnByJavaFxItself() throws Exception {
        LineByLineLabelSkin skin = (LineByLineLabelSkin) english.getSkin();
        assertThat(interactAndGet(skin::drawnLines)).isNull();
        assertThat(english.getHeight()).as("it wraps").isGreaterThan(30);
        WritableImage image = interactAndGet(() -> root.snapshot(null, null));
        assertThat(inkWithin(image, area(english))).isGreaterThan(200);
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> read) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Where the label is laid out (its bounds in the parent would include ink drawn past its edge). */
    private Bounds area(javafx.scene.control.Control label) throws Exception {
        return interactAndGet(() -> new javafx.geometry.BoundingBox(label.getLayoutX(), label.getLayoutY(),
                label.getWidth(), label.getHeight()));
    }

    private static int inkRightOf(WritableImage image, Bounds label) {
        // a band just past the edge, where an overflowing first line would continue (clear of the neighbour)
        int edge = (int) Math.ceil(label.getMaxX());
        return ink(image, edge + 4, edge + 40, (int) label.getMinY(), (int) Math.ceil(label.getMaxY()));
    }

    private static int inkWithin(WritableImage image, Bounds label) {
        return ink(image, (int) label.getMinX(), (int) Math.ceil(label.getMaxX()), (int) label.getMinY(),
                (int) Math.ceil(label.getMaxY()));
    }

    /** Pixels clearly darker than the white background in the rectangle. */
    private static int ink(WritableImage image, int x0, int x1, int y0, int y1) {
        PixelReader pixels = image.getPixelReader();
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(y1, (int) image.getHeight()); y++) {
            for (int x = Math.max(0, x0); x < Math.min(x1, (int) image.getWidth()); x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.6) {
                    count++;
                }
            }
        }
        return count;
    }
}
