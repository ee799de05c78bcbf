package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.Playbook;
import app.rapport.domain.keepintouch.PlaybookItem;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;

/** The playbooks (PlaybooksView.fxml): one panel per step, its progress, and the contacts still to reach. */
public final class PlaybooksView {
    private final PlaybooksViewModel vm;
    private final PlaybookPane panes;
    private final Parent root;

    @FXML private Label error;
    @FXML private Accordion accordion;

    /**
     * @param onLog  logs an interaction with the item's contact, then runs the callback
     * @param onOpen shows the contact in the Contacts area
     */
    public PlaybooksView(PlaybooksViewModel vm, I18n i18n, BiConsumer<PlaybookItem, Runnable> onLog,
                         Consumer<Long> onOpen) {
        this.vm = vm;
        this.panes = new PlaybookPane(vm, i18n, onLog, onOpen);
        this.root = FxmlView.load(this, i18n);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        vm.playbooks().addListener((ListChangeListener<Playbook>) c -> rebuild());
    }

    /** The panels again, the one that was open still open. */
    private void rebuild() {
        int open = accordion.getExpandedPane() == null ? -1 : accordion.getPanes().indexOf(accordion.getExpandedPane());
        accordion.getPanes().clear();
        for (Playbook p : vm.playbooks()) {
            accordion.getPanes().add(panes.of(p));
        }
        if (open >= 0 && open < accordion.getPanes().size()) {
            accordion.setExpandedPane(accordion.getPanes().get(open));
        }
    }

    public Node root() {
        return root;
    }

    public void refresh() {
        vm.refresh();
    }
}
