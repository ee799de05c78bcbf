package app.rapport.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.importing.Fixtures;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.ImportPage;
import app.rapport.testing.WindowScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;

/**
 * README, Import: a vCard's photo, nicknames, department, anniversary, gender, profiles and related
 * names are kept: the list shows the photo beside the name, the contact's form shows it and the rest.
 */
class ContactFieldsScenarios extends WindowScenario {

    @Test
    void aVCardWithAPhotoAndNicknamesShowsThePhotoInTheListAndTheFormWithTheKeptFields() throws Exception {
        // as Nextcloud writes vCard 4.0: PHOTO as a data URI, NICKNAME with two values
        Path vcf = dir.resolve("nextcloud.vcf");
        Files.copy(Fixtures.file("fields-vcard40.vcf"), vcf);
        open(s -> s.contactRepository().insert(app.rapport.testing.ContactBuilder.person("Anna", "Schmidt").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        ImportPage importing = new ImportPage(this).open();
        answerFilePromptChoosing(vcf);
        importing.choose();
        importing.waitForCounts();
        assertThat(importing.problems()).contains("nextcloud.vcf: Photos given only as a web address are not"
                + " downloaded; the address is kept in the notes (1 record had one).");
        importing.importAndWait();
        importing.close();
        contacts.waitForRows(4);
        assertThat(column("SELECT mime FROM contact_photo")).containsExactly("image/jpeg");

        long sasha = ids("SELECT id FROM contact WHERE given_name = 'Alexandra'").get(0);
        long linked = ids("SELECT id FROM contact WHERE given_name = 'Linked'").get(0);
        // the list: Alexandra's small photo in the kind column, the others keep their icon
        FxWait.until(() -> avatarShown(contacts, sasha));
        assertThat(avatarShown(contacts, linked)).isFalse();

        contacts.clickRow(sasha);
        contacts.waitForForm();
        FxWait.until(() -> lookup("#photoView").queryAs(ImageView.class).isVisible());
        assertThat(lookup("#photoView").queryAs(ImageView.class).getImage().getWidth()).isEqualTo(512);
        assertThat(lookup("#kindIcon").queryAs(Node.class).isVisible()).isFalse();
        assertThat(lookup("#nicknameField").queryAs(TextField.class).getText()).isEqualTo("Sasha");
        assertThat(lookup("#keptText").queryAs(Label.class).getText()).isEqualTo(String.join("\n",
                "Also called: Alex", "Department: Forschung", "Anniversary: June 12, 2010",
                "Gender: female (woman)", "home: xmpp:sasha@jabber.example", "spouse: Boris Petrov"));

        // saving the form keeps what it does not show
        typeInto("#titleField", "Leiterin");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        FxWait.until(() -> column("SELECT title FROM contact WHERE id = ?", sasha).equals(java.util.List.of("Leiterin")));
        assertThat(column("SELECT field || ' ' || value FROM contact_extra WHERE contact_id = ? ORDER BY field, position",
                sasha)).containsExactly("ANNIVERSARY 2010-06-12", "DEPARTMENT Forschung", "GENDER F;woman",
                "NICKNAME Alex", "PROFILE xmpp:sasha@jabber.example", "RELATED Boris Petrov");
        assertThat(column("SELECT count(*) FROM contact_photo WHERE contact_id = ?", sasha)).containsExactly(1);

        // a contact without those shows neither
        contacts.clickRow(linked);
        FxWait.until(() -> !lookup("#photoView").queryAs(ImageView.class).isVisible());
        assertThat(lookup("#keptBox").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void theMapDrawsAContactsPhotoInItsNode() throws Exception {
        // a magenta picture, so the map's pixels say whether it is drawn
        java.awt.image.BufferedImage magenta = new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                magenta.setRGB(x, y, 0xff00ff);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(magenta, "png", png);
        long[] ids = new long[2];
        open(s -> {
            ids[0] = s.contactRepository().insert(app.rapport.testing.ContactBuilder.person("Anna", "Schmidt").build()
                    .withExtras(app.rapport.domain.contacts.ContactExtras.EMPTY.withPhoto(
                            app.rapport.io.importing.PhotoScaler.photo(png.toByteArray()).orElseThrow())));
            ids[1] = s.contactRepository().insert(app.rapport.testing.ContactBuilder.person("Boris", "Ivanov").build());
            s.relationships().saveTie(new app.rapport.domain.ties.Tie(0, ids[0], ids[1], app.rapport.domain.ties.TieType.FRIEND,
                    3, null, ""));
        });
        app.rapport.testing.NetworkPage network = new app.rapport.testing.NetworkPage(this);
        network.open(3); // Anna, Boris and Me
        network.waitUntilSettled();
        FxWait.until(() -> isMagenta(network.colourAt(ids[0])));
        assertThat(isMagenta(network.colourAt(ids[1]))).isFalse();
    }

    private static boolean isMagenta(javafx.scene.paint.Color c) {
        return c.getRed() > 0.95 && c.getGreen() < 0.05 && c.getBlue() > 0.95;
    }

    private boolean avatarShown(ContactsPage contacts, long id) {
        var column = contacts.column("kindColumn");
        return lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() == column
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof app.rapport.ui.contacts.ContactRow r
                        && r.id() == id && c.getGraphic() instanceof ImageView v && v.getImage() != null)
                .tryQuery().isPresent();
    }
}
