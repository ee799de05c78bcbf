package app.rapport.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.ui.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the Matrix area says, without a window. */
class MatrixTextsTest {
    private final MatrixTexts texts = new MatrixTexts(new I18n(Locale.US));

    @Test
    void aFlaggedContactCarriesTheFlagInItsListAndOnItsPoint() {
        MatrixEntry acme = new MatrixEntry(3, ContactKind.ORGANISATION, "Acme", 8, 2, true);
        MatrixEntry globex = new MatrixEntry(4, ContactKind.ORGANISATION, "Globex", 8, 8, false);

        assertThat(texts.listCell(acme)).isEqualTo("Acme \u2014 ours 8, theirs 2  \u2691");
        assertThat(texts.listCell(globex)).isEqualTo("Globex \u2014 ours 8, theirs 8");
        assertThat(texts.tooltip(acme)).startsWith("Acme\n" + texts.quadrant(acme.quadrant()) + ": ours 8, theirs 2")
                .endsWith("\n\u2691 Flagged");
        assertThat(texts.tooltip(globex)).doesNotContain("\u2691");
    }

    @Test
    void theEditorSaysWhomItAssessesAndWhereTheValuesPutThem() {
        assertThat(texts.editing(null)).isEqualTo("Choose someone in a list, or add an organisation above.");
        assertThat(texts.editing(new MatrixViewModel.Editing(3, "Acme", true))).isEqualTo("Acme");
        assertThat(texts.editing(new MatrixViewModel.Editing(3, "Acme", false))).isEqualTo("Acme (not on the matrix yet)");
        assertThat(texts.quadrantPreview(null)).isEmpty();
        assertThat(texts.quadrantPreview(Quadrant.HIGH_POTENTIALS))
                .isEqualTo("High potentials: Both sides are willing: the highest potential. Start a joint initiative.");
        assertThat(texts.heading(Quadrant.CANDIDATES, 2)).isEqualTo("Candidates (2)");
    }

    @Test
    void whatWasDoneIsSaidWithTheQuadrantWhenThereIsOne() {
        assertThat(texts.done(new MatrixViewModel.Done("matrix.done.saved", "Acme", Quadrant.DEVELOPERS)))
                .isEqualTo("Acme saved: Developers.");
        assertThat(texts.done(new MatrixViewModel.Done("matrix.done.removed", "Acme", null)))
                .isEqualTo("Acme is no longer on the matrix.");
        assertThat(texts.intro()).contains("5 or more is high");
    }
}
