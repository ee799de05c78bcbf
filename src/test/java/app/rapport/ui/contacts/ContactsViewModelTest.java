package app.rapport.ui.contacts;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.SortField;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DirectTaskRunner runner = new DirectTaskRunner();
    ContactsViewModel vm;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        db.repository().insert(person("Anna", "Müller").tag("client").email("anna@acme.example").build());
        db.repository().insert(person("Boris", "Ivanov").tag("supplier").build());
        db.repository().insert(organisation("Acme GmbH").tag("client").build());
        vm = new ContactsViewModel(db.service(), runner);
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<String> shown() {
        ContactListModel items = vm.itemsProperty().get();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            names.add(items.get(i).summary().displayName());
        }
        return names;
    }

    @Test
    void typingNarrowsTheListAndCountsTheMatches() {
        assertThat(vm.resultCountProperty().get()).isEqualTo(3);
        vm.searchTextProperty().set("mull");
        assertThat(shown()).containsExactly("Anna Müller");
        assertThat(vm.resultCountProperty().get()).isEqualTo(1);
    }

    @Test
    void filtersByKindAndTag() {
        vm.kindFilterProperty().set(ContactKind.PERSON);
        vm.tagFilterProperty().set("client");
        assertThat(shown()).containsExactly("Anna Müller");
    }

    @Test
    void sortingRunsANewQuery() {
        vm.sortBy(SortField.NAME, false);
        assertThat(shown()).containsExactly("Anna Müller", "Boris Ivanov", "Acme GmbH");
    }

    @Test
    void tagChoicesStartWithAllTags() {
        vm.reloadTags();
        assertThat(vm.tagChoices()).containsExactly(null, "client", "supplier");
    }

    @Test
    void trashThenUndoBringsTheContactBack() {
        long anna = vm.itemsProperty().get().idAt(2);
        vm.trash(anna, "Anna Müller");
        assertThat(shown()).containsExactly("Acme GmbH", "Boris Ivanov");
        assertThat(vm.lastTrashedProperty().get().name()).isEqualTo("Anna Müller");

        assertThat(vm.undoTrash()).isTrue();
        assertThat(shown()).containsExactly("Acme GmbH", "Boris Ivanov", "Anna Müller");
        assertThat(vm.undoTrash()).isFalse();
    }

    @Test
    void rowsArriveAPageAtATime() {
        db.repository().insertAll(IntStream.range(0, 1000)
                .mapToObj(i -> person("P" + i, String.format("Zed%04d", i)).build()).toList());
        vm.refresh();
        int before = runner.runs();
        ContactListModel items = vm.itemsProperty().get();
        assertThat(items).hasSize(1003);
        items.get(0);
        items.get(ContactListModel.PAGE_SIZE - 1);
        assertThat(runner.runs() - before).as("one page load for the first page").isEqualTo(1);
        assertThat(items.get(1002).summary().displayName()).isEqualTo("P999 Zed0999");
        assertThat(runner.runs() - before).isEqualTo(2);
    }

    @Test
    void aPageThatCannotBeReadSaysSoInsteadOfLoadingForEver() {
        List<Throwable> heard = new ArrayList<>();
        ContactListModel items = new ContactListModel(new long[] {1, 2, 3}, ids -> {
            throw new app.rapport.service.StorageException(app.rapport.service.StorageException.Reason.CORRUPT,
                    "database disk image is malformed");
        }, runner, heard::add);
        assertThat(items.get(0).loaded()).isFalse();
        assertThat(items.get(0).unreadable()).as("not Loading… for ever").isTrue();
        assertThat(heard).hasSize(1);
        int runs = runner.runs();
        assertThat(items.get(2).unreadable()).isTrue();
        assertThat(runner.runs()).as("a failed page is not asked for again and again").isEqualTo(runs);
        assertThat(heard).hasSize(1);
    }

    @Test
    void anEmptyListSaysNothingMatchesWhileSearchingOrFilteringElseHowToStart() {
        assertThat(vm.emptyKey()).isEqualTo("contacts.empty");
        vm.searchTextProperty().set("zz");
        assertThat(vm.emptyKey()).isEqualTo("contacts.noMatch");
        vm.searchTextProperty().set("  ");
        assertThat(vm.emptyKey()).isEqualTo("contacts.empty");
        vm.kindFilterProperty().set(ContactKind.ORGANISATION);
        assertThat(vm.emptyKey()).isEqualTo("contacts.noMatch");
        vm.kindFilterProperty().set(null);
        vm.tagFilterProperty().set("client");
        assertThat(vm.emptyKey()).isEqualTo("contacts.noMatch");
    }
}
