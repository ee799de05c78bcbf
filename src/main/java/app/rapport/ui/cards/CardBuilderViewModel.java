package app.rapport.ui.cards;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardCandidate;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardListRules;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardRule;
import app.rapport.domain.cards.CardSelection;
import app.rapport.domain.cards.LeftOut;
import app.rapport.service.cards.CardService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list builder (the card playbook, step 3): name, occasion and year; each rule a switch; the preview of who
 * is on the list and who is left out and why, recomputed as switches change; contacts left out can be
 * added by hand. Nothing is written until {@link #create}.
 */
public final class CardBuilderViewModel {
    private final CardService cards;
    private final TaskRunner runner;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty occasion = new SimpleStringProperty("");
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final BooleanProperty clients = new SimpleBooleanProperty(true);
    private final BooleanProperty referrers = new SimpleBooleanProperty(true);
    private final BooleanProperty prospects = new SimpleBooleanProperty(true);
    private final BooleanProperty byTag = new SimpleBooleanProperty(false);
    private final StringProperty tag = new SimpleStringProperty("");
    private final BooleanProperty byScore = new SimpleBooleanProperty(false);
    private final IntegerProperty minScore = new SimpleIntegerProperty(50);
    private final IntegerProperty limit = new SimpleIntegerProperty(BuilderOptions.DEFAULT_LIMIT);
    private final ObservableList<CardPick> chosen = FXCollections.observableArrayList();
    private final ObservableList<LeftOut> leftOut = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final List<CardPick> byHand = new ArrayList<>();
    private final IntegerProperty envelopes = new SimpleIntegerProperty();
    private int generation;

    public CardBuilderViewModel(CardService cards, TaskRunner runner, LocalDate today, String defaultOccasion) {
        this.cards = cards;
        this.runner = runner;
        year.set(today.getYear());
        occasion.set(defaultOccasion);
        name.set(defaultOccasion + " " + today.getYear());
        for (var p : List.of(clients, referrers, prospects, byTag, byScore)) {
            p.addListener((obs, o, n) -> preview());
        }
        for (var p : List.of(minScore, limit)) {
            p.addListener((obs, o, n) -> preview());
        }
        // people at one address share an envelope: count them as the list will be made (cheap: ~50 people)
        chosen.addListener((javafx.collections.ListChangeListener<CardPick>) c -> envelopes.set(chosen.isEmpty() ? 0
                : cards.households(List.copyOf(chosen)).size()));
        tag.addListener((obs, o, n) -> {
            if (byTag.get()) {
                preview();
            }
        });
    }

    public BuilderOptions options() {
        Set<CardRule> rules = EnumSet.noneOf(CardRule.class);
        if (clients.get()) {
            rules.add(CardRule.CLIENTS);
        }
        if (referrers.get()) {
            rules.add(CardRule.REFERRERS);
        }
        if (prospects.get()) {
            rules.add(CardRule.PROSPECTS);
        }
        if (byTag.get()) {
            rules.add(CardRule.TAG);
        }
        if (byScore.get()) {
            rules.add(CardRule.MIN_SCORE);
        }
        return new BuilderOptions(rules, tag.get(), minScore.get(), limit.get());
    }

    /** Recomputes the preview off the UI thread; an older answer arriving late is dropped. */
    public void preview() {
        BuilderOptions options = options();
        int mine = ++generation;
        runner.run(() -> cards.preview(options), selection -> {
            if (mine == generation) {
                show(selection);
            }
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    private void show(CardSelection selection) {
        errorKey.set(null);
        List<CardPick> all = new ArrayList<>(selection.chosen());
        List<LeftOut> out = new ArrayList<>(selection.leftOut());
        for (CardPick hand : byHand) {
            out.removeIf(l -> l.pick().id() == hand.id());
            if (all.stream().noneMatch(p -> p.id() == hand.id())) {
                all.add(hand);
            }
        }
        chosen.setAll(all);
        leftOut.setAll(out);
    }

    /**
     * Adds a contact the rules left out. One with no usable mailing address cannot get a card: the
     * error says so and nothing changes.
     */
    public boolean include(LeftOut left) {
        if (!CardListRules.usable(left.pick().candidate().mailing())) {
            errorKey.set("cards.problem.noAddress");
            return false;
        }
        byHand.add(left.pick());
        leftOut.remove(left);
        chosen.add(left.pick());
        errorKey.set(null);
        return true;
    }

    /** Creates the list; {@code onCreated} gets its id. Problems (name taken, empty) show as the error. */
    public void create(LongConsumer onCreated) {
        CardList list = new CardList(0, name.get(), occasion.get(), year.get());
        List<CardCandidate> members = chosen.stream().map(CardPick::candidate).toList();
        runner.run(() -> cards.create(list, members), outcome -> {
            if (outcome.ok()) {
                errorKey.set(null);
                onCreated.accept(outcome.saved().id());
            } else {
                errorKey.set(outcome.problems().get(0).messageKey());
            }
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty occasionProperty() {
        return occasion;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public BooleanProperty clientsProperty() {
        return clients;
    }

    public BooleanProperty referrersProperty() {
        return referrers;
    }

    public BooleanProperty prospectsProperty() {
        return prospects;
    }

    public BooleanProperty byTagProperty() {
        return byTag;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public BooleanProperty byScoreProperty() {
        return byScore;
    }

    public IntegerProperty minScoreProperty() {
        return minScore;
    }

    public IntegerProperty limitProperty() {
        return limit;
    }

    /** How many envelopes the chosen people need. */
    public javafx.beans.property.ReadOnlyIntegerProperty envelopesProperty() {
        return envelopes;
    }

    public ObservableList<CardPick> chosen() {
        return chosen;
    }

    public ObservableList<LeftOut> leftOut() {
        return leftOut;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
