package app.rapport.ui.contacts;

import app.rapport.ui.common.TaskRunner;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.image.Image;

/**
 * Contacts' small photos for the list: asked for by the cells on screen, loaded off the FX thread in
 * batches (only the newest {@value #BATCH} asked for, so fast scrolling never queues up work), decoded
 * there too, and kept, the least recently shown going first. {@link #arrivalsProperty()} changes when a
 * batch has arrived, so cells showing a contact without its picture yet can look again.
 */
public final class Thumbnails {
    private static final int KEPT = 2_000;
    private static final int BATCH = 200;

    private final Function<long[], Map<Long, byte[]>> loader;
    private final TaskRunner runner;
    private final Map<Long, Image> images = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > KEPT;
        }
    };
    /** Contacts known to have no photo (a null value), kept the same way. */
    private final Map<Long, Boolean> none = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > KEPT * 10;
        }
    };
    private final Set<Long> wanted = new LinkedHashSet<>();
    private final ReadOnlyLongWrapper arrivals = new ReadOnlyLongWrapper();
    private boolean loading;
    private long generation;

    public Thumbnails(Function<long[], Map<Long, byte[]>> loader, TaskRunner runner) {
        this.loader = loader;
        this.runner = runner;
    }

    /** The contact's thumbnail; null when it has none or it is still on its way. FX thread only. */
    public Image get(long id) {
        Image image = images.get(id);
        if (image != null || none.containsKey(id)) {
            return image;
        }
        wanted.remove(id);
        wanted.add(id);
        if (wanted.size() > BATCH) {
            Iterator<Long> oldest = wanted.iterator();
            oldest.next();
            oldest.remove();
        }
        if (!loading) {
            load();
        }
        return null;
    }

    /** Forgets everything: photos may have come or gone (an import, a save). */
    public void clear() {
        generation++;
        images.clear();
        none.clear();
        wanted.clear();
        loading = false;
    }

    public ReadOnlyLongProperty arrivalsProperty() {
        return arrivals.getReadOnlyProperty();
    }

    private void load() {
        loading = true;
        long mine = generation;
        long[] ids = wanted.stream().mapToLong(Long::longValue).toArray();
        wanted.clear();
        runner.run(() -> decode(loader.apply(ids)), found -> {
            if (mine != generation) {
                return;
            }
            for (long id : ids) {
                Image image = found.get(id);
                if (image == null) {
                    none.put(id, Boolean.TRUE);
                } else {
                    images.put(id, image);
                }
            }
            loading = false;
            arrivals.set(arrivals.get() + 1);
            if (!wanted.isEmpty()) {
                load();
            }
        }, failure -> {
            if (mine == generation) {
                // the list shows the kind icon instead; a picture is not worth a message
                for (long id : ids) {
                    none.put(id, Boolean.TRUE);
                }
                loading = false;
            }
        });
    }

    /** A photo's bytes as an image; null when they are not one (at most 512 pixels a side: quick to decode). */
    static Image image(byte[] bytes) {
        Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
        return image == null || image.isError() ? null : image;
    }

    private static Map<Long, Image> decode(Map<Long, byte[]> bytes) {
        Map<Long, Image> decoded = new HashMap<>();
        bytes.forEach((id, b) -> {
            Image image = new Image(new ByteArrayInputStream(b));
            if (!image.isError()) {
                decoded.put(id, image);
            }
        });
        return decoded;
    }
}
