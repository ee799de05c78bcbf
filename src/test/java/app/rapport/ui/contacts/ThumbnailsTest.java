package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.DirectTaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The list's and the map's photos: asked for by id, loaded once, contacts without one asked about once. */
class ThumbnailsTest {

    @Test
    void eachContactIsAskedForOnceAndAClearAsksAgain() throws Exception {
        BufferedImage picture = new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        List<List<Long>> asked = new ArrayList<>();
        Thumbnails thumbnails = new Thumbnails(ids -> {
            asked.add(java.util.Arrays.stream(ids).boxed().toList());
            return Map.of(7L, png.toByteArray());
        }, new DirectTaskRunner());
        long arrivals = thumbnails.arrivalsProperty().get();

        // the first look finds nothing yet and asks; with this runner the answer is there at once
        assertThat(thumbnails.get(7)).isNull();
        assertThat(thumbnails.arrivalsProperty().get()).isEqualTo(arrivals + 1);
        assertThat(thumbnails.get(7).getWidth()).isEqualTo(48);
        assertThat(thumbnails.get(8)).isNull();
        assertThat(thumbnails.get(8)).isNull();
        assertThat(asked).containsExactly(List.of(7L), List.of(8L));

        thumbnails.clear();
        assertThat(thumbnails.get(7)).isNull();
        assertThat(asked).hasSize(3);
    }
}
