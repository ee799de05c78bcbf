package app.rapport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** What a client nobody here wrote sees in an address book: Python's vobject reading a Radicale book's .vcf files. */
public final class VobjectCards {
    /** Every .vcf file of the folder: UID, formatted name, family name, title, note and the photo's size in bytes. */
    private static final String READ = """
            import sys, os, json, vobject
            for name in sorted(os.listdir(sys.argv[1])):
                if not name.endswith('.vcf'):
                    continue
                card = vobject.readOne(open(os.path.join(sys.argv[1], name), encoding='utf-8').read())
                photo = card.photo.value if hasattr(card, 'photo') else b''
                print(json.dumps({'uid': card.uid.value, 'fn': card.fn.value, 'family': card.n.value.family,
                                  'title': card.title.value if hasattr(card, 'title') else '',
                                  'note': card.note.value if hasattr(card, 'note') else '',
                                  'photo': len(photo)}))
            """;

    private VobjectCards() {
    }

    /** The cards of a Radicale book's folder as vobject reads them, by UID. */
    public static Map<String, JsonNode> read(Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(RadicaleServer.PYTHON, "-c", READ, folder.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> cards = new HashMap<>();
        for (String line : out.strip().split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                cards.put(n.get("uid").asText(), n);
            }
        }
        assertThat(Files.isDirectory(folder)).isTrue();
        return cards;
    }

    /** A small PNG picture for a contact's photo: 24 × 24 pixels of a gradient. */
    public static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 24; y++) {
                image.setRGB(x, y, (x * 10) << 16 | (y * 10) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
