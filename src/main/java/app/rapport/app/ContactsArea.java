package app.rapport.app;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.io.printing.BriefDocument;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.contacts.ContactDetails;
import app.rapport.ui.contacts.ContactEditorViewModel;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.contacts.ContactsViewModel;
import app.rapport.ui.contacts.RelationshipViewModel;
import app.rapport.ui.contacts.TiesViewModel;
import app.rapport.ui.contacts.TimelineViewModel;
import app.rapport.ui.importing.MergeDialog;
import app.rapport.ui.importing.MergeViewModel;
import app.rapport.ui.main.Area;
import app.rapport.ui.printing.PdfPreviewDialog;
import app.rapport.ui.printing.PdfPreviewViewModel;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Contacts: the list, the form and the details; it lives as long as the database is open, so nothing typed is lost. */
final class ContactsArea implements Area, WindowPlace.ListLayout {
    static final String ID = "contactsArea";
    private static final Logger LOG = LoggerFactory.getLogger(ContactsArea.class);

    private final Workbench w;
    private final ContactsViewModel list;
    private final ContactsView view;
    private boolean loaded;

    ContactsArea(Workbench w, WindowPlace place, Scene scene) {
        this.w = w;
        Services s = w.services();
        list = new ContactsViewModel(s.contacts(), w.runner());
        ContactDetails details = new ContactDetails(new TiesViewModel(s.relationships(), w.runner(), w.dialogs()),
                new TimelineViewModel(s.interactions(), s.ledger(), s.keepInTouch(), w.runner(), s.clock()),
                new RelationshipViewModel(s.relationships(), s.scores(), w.runner(), s.clock()),
                w.quickLog(), s.contacts(), w.runner(), w.dialogs());
        view = new ContactsView(list, new ContactEditorViewModel(s.contacts(), w.runner()), details, w.i18n(), w.main());
        if (place.kept() != null) {
            view.restoreDivider(place.kept().divider()); // first: it decides the list's width
            view.restoreColumnWidths(place.kept().columns());
        }
        view.onColumnWidthsChanged(place::keepSoon);
        view.setOnBrief(this::brief);
        view.setOnMerge(this::merge);
        if (Boolean.getBoolean(RapportApp.FIRST_FRAME_PROPERTY)) {
            FirstFrame.reportWhenShown(scene, list);
        }
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void onShow() {
        if (loaded) {
            view.refresh(); // Keep in touch or the ledger may have logged interactions meanwhile
        } else {
            list.refresh();
            list.reloadTags();
            loaded = true;
        }
        view.focusSearch();
        LOG.info("Contacts shown {} ms after the JVM started", Session.uptime());
    }

    @Override
    public void onChange() {
        view.refresh();
    }

    @Override
    public Shortcuts shortcuts() {
        return Shortcuts.of(view::installShortcuts, view::uninstallShortcuts);
    }

    @Override
    public boolean canLeave() {
        return view.canClose();
    }

    @Override
    public Map<String, Double> columnWidths() {
        return view.columnWidths();
    }

    @Override
    public double divider() {
        return view.divider();
    }

    /** Shows one contact (opened from another area). */
    void show(long id) {
        view.show(id);
    }

    /** What the list shows now: Export offers to export just that. */
    ContactQuery query() {
        return list.query();
    }

    /** A contact's one-page brief, previewed, then printed or saved as PDF. */
    private void brief(long contactId) {
        Services current = w.services();
        PdfPreviewViewModel vm = new PdfPreviewViewModel(w.runner(), current.documents());
        w.runner().run(() -> current.documents().brief(contactId).orElseThrow(), brief -> {
            String name = brief.contact().displayName();
            new PdfPreviewDialog(w.window().get(), w.i18n(), vm, w.i18n().format("brief.title", name), null,
                    name + ".pdf").show();
            vm.regenerate(out -> current.documents().writeBrief(out, brief, w.i18n().bundle(), w.i18n().locale()));
        }, w::failed);
    }

    /** Merge the shown contact with a duplicate the user picks; everything of both is kept. */
    private void merge(long keepId) {
        ContactPicker picker = new ContactPicker(w.services().contacts(), w.runner(), w.i18n());
        picker.setId("mergePicker");
        picker.setPrefColumnCount(30);
        FormDialog choose = new FormDialog(w.window().get(), w.i18n(), "merge.choose.title", "merge.choose.confirm")
                .form(picker);
        choose.goAheadButton().disableProperty().bind(picker.selectedProperty().isNull());
        if (!choose.ask() || picker.selectedProperty().get().id() == keepId) {
            return;
        }
        long goneId = picker.selectedProperty().get().id();
        new MergeDialog(w.window().get(), new MergeViewModel(w.services().merges(), w.runner(), w.i18n()::birthday),
                w.i18n(), kept -> {
                    w.changes().changed();
                    view.show(kept);
                }).showAndWait(keepId, goneId);
    }
}
