package app.rapport.ui.contacts;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tying the shown contact to a flagged one: the user is warned with the reason first (protect your capital). */
class TiesViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DirectTaskRunner runner = new DirectTaskRunner();
    long anna;
    long acme;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        anna = db.repository().insert(person("Anna", "Schmidt").build());
        acme = db.repository().insert(organisation("Acme GmbH").build());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void flagAcme() {
        Relationship r = Relationship.empty(acme);
        assertThat(db.relationships().saveRelationship(new Relationship(acme, r.strength(), null, "", null, true,
                "Sponsored a controversial event", null, null)).ok()).isTrue();
    }

    private boolean tie(ScriptedDialogs dialogs) {
        TiesViewModel ties = new TiesViewModel(db.relationships(), runner, dialogs);
        ties.load(anna);
        AtomicBoolean saved = new AtomicBoolean();
        ties.add(acme, "Acme GmbH", "Anna Schmidt", TieType.WORKS_AT, 3, null, "", () -> saved.set(true));
        assertThat(dialogs.done()).as("every scripted answer used").isTrue();
        assertThat(ties.ties().isEmpty()).isEqualTo(!saved.get());
        return saved.get();
    }

    @Test
    void aTieToAContactNotFlaggedIsAddedWithoutAQuestion() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        assertThat(tie(dialogs)).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aTieToAFlaggedContactWarnsWithTheReasonAndCancelAddsNothing() {
        flagAcme();
        ScriptedDialogs dialogs = new ScriptedDialogs().confirming(false);
        assertThat(tie(dialogs)).isFalse();
        assertThat(dialogs.asked).containsExactly("confirm flag.confirm.header");
        DialogService.Question q = dialogs.questions.get(0);
        assertThat(q.id()).isEqualTo("flagConfirm");
        assertThat(q.weight()).isEqualTo(DialogService.Weight.WARNING);
        assertThat(q.header().args()).containsExactly("Acme GmbH");
        // the tie joins the shown contact and the flagged one; the user is neither
        assertThat(q.body().args()).containsExactly("Sponsored a controversial event", "Anna Schmidt", "Acme GmbH");
        assertThat(q.goAhead().key()).isEqualTo("flag.confirm.tie");
        assertThat(db.relationships().ties(anna)).isEmpty();
    }

    @Test
    void aTieToAFlaggedContactIsAddedWhenTheUserGoesAhead() {
        flagAcme();
        ScriptedDialogs dialogs = new ScriptedDialogs().confirming(true);
        assertThat(tie(dialogs)).isTrue();
        assertThat(dialogs.asked).containsExactly("confirm flag.confirm.header");
        assertThat(db.relationships().ties(anna)).extracting(t -> t.otherName()).isEqualTo(List.of("Acme GmbH"));
    }
}
