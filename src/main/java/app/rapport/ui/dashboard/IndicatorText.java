package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.Indicator;
import app.rapport.ui.common.I18n;
import java.text.NumberFormat;

/** An indicator's value in the user's locale: a share as a percentage, a count or an average as a number. */
final class IndicatorText {
    private final NumberFormat percent;
    private final NumberFormat number;

    IndicatorText(I18n i18n) {
        percent = NumberFormat.getPercentInstance(i18n.locale());
        number = NumberFormat.getNumberInstance(i18n.locale());
        number.setMaximumFractionDigits(0);
    }

    String value(Indicator indicator, double value) {
        return indicator.percent() ? percent.format(value) : number.format(value);
    }
}
