package app.rapport.ui.network;

import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.IntroductionPath;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The panel's "Introduction path to…": the shortest chain of people from Me to a contact, said in words. */
public final class IntroductionPaths {
    private final NetworkService network;
    private final TaskRunner runner;
    private final Supplier<NetworkGraph> whole;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<IntroductionPath> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> missing = new ReadOnlyObjectWrapper<>(false);

    /** {@code whole}: the whole network as last read, null before it is. */
    IntroductionPaths(NetworkService network, TaskRunner runner, Supplier<NetworkGraph> whole, Consumer<Throwable> failed) {
        this.network = network;
        this.runner = runner;
        this.whole = whole;
        this.failed = failed;
    }

    /** Shows the shortest introduction path from Me to a contact, or says there is none. */
    public void pathTo(long contactId) {
        NetworkGraph g = whole.get();
        if (g == null) {
            return;
        }
        runner.run(() -> network.path(g, GraphNode.ME_ID, contactId), (Optional<IntroductionPath> found) -> {
            path.set(found.orElse(null));
            missing.set(found.isEmpty());
        }, failed);
    }

    /** "Anna can introduce you to Dmitri through Boris" (Me first, the contact last); null for nothing to say. */
    public Words pathWords() {
        IntroductionPath p = path.get();
        if (p == null) {
            return Boolean.TRUE.equals(missing.get()) ? Words.of("network.path.none") : null;
        }
        List<String> names = p.names();
        String target = names.get(names.size() - 1);
        if (names.size() <= 2) {
            return Words.of("network.path.direct", target);
        }
        String through = String.join(" \u2192 ", names.subList(2, names.size() - 1));
        return through.isEmpty() ? Words.of("network.path.one", names.get(1), target)
                : Words.of("network.path.through", names.get(1), target, through);
    }

    public ReadOnlyObjectProperty<IntroductionPath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> pathMissingProperty() {
        return missing.getReadOnlyProperty();
    }
}
