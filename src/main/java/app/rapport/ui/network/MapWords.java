package app.rapport.ui.network;

import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The view-model's words in the user's language: a day in their calendar, a card line by line. */
final class MapWords {
    private final I18n i18n;

    MapWords(I18n i18n) {
        this.i18n = i18n;
    }

    String text(Words w) {
        if (w == null) {
            return "";
        }
        Object[] args = w.args().stream().map(a -> a instanceof LocalDate d ? i18n.date(d) : a).toArray();
        return args.length == 0 ? i18n.get(w.key()) : i18n.format(w.key(), args);
    }

    String card(InsightPanel.Card c) {
        return Stream.concat(Stream.of(c.name(), c.organisation()).filter(s -> !s.isEmpty()),
                c.facts().stream().map(this::text)).collect(Collectors.joining("\n"));
    }
}
