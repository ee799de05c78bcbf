package app.rapport.ui.importing;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.service.duplicates.MergeService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    MergeViewModel vm;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        vm = new MergeViewModel(new MergeService(db.repository(),
                new JdbiMergeRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)), "DE"),
                new DirectTaskRunner(), new I18n(Locale.ENGLISH)::birthday);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void showsBothSideBySideWithWhatTheMergeKeepsAndMerges() {
        long anna = db.repository().insert(person("Anna", "Müller").email("anna@acme.example").tag("client").build());
        long other = db.repository().insert(person("Anna", "Mueller").email("anna@home.example").birthday(4, 15, null)
                .build());
        vm.load(anna, other);
        assertThat(vm.rows()).filteredOn(r -> r.fieldKey().equals("merge.field.emails")).singleElement()
                .isEqualTo(new MergeViewModel.FieldRow("merge.field.emails", "anna@acme.example", "anna@home.example",
                        "anna@acme.example\nanna@home.example"));
        assertThat(vm.rows()).filteredOn(r -> r.fieldKey().equals("merge.field.birthday")).singleElement()
                .extracting(MergeViewModel.FieldRow::merged).isEqualTo("15 April");

        vm.swap();
        assertThat(vm.previewProperty().get().keep().id()).isEqualTo(other);
        AtomicLong kept = new AtomicLong();
        vm.merge(kept::set);
        assertThat(kept.get()).isEqualTo(other);
        assertThat(db.service().find(anna)).isEmpty();
        assertThat(db.service().find(other).orElseThrow().name().family()).isEqualTo("Mueller");
    }

    @Test
    void aRefusedMergeSaysWhy() {
        long anna = db.repository().insert(person("Anna", "Müller").build());
        long acme = db.repository().insert(organisation("Acme").build());
        vm.load(anna, acme);
        vm.merge(id -> { });
        assertThat(vm.errorKeyProperty().get()).isEqualTo("error.merge.kinds");
        assertThat(db.service().find(acme)).isPresent();
    }
}
