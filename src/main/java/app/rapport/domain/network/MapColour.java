package app.rapport.domain.network;

import java.util.Locale;

/**
 * A colour of the map as red, green, blue and opacity from 0 to 1: what the window's canvas and the
 * command line's picture both paint, so neither keeps a palette of its own.
 */
public record MapColour(double red, double green, double blue, double opacity) {

    /** "#0969da" (opaque). */
    public static MapColour web(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new MapColour(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, 1);
    }

    public MapColour withOpacity(double opacity) {
        return new MapColour(red, green, blue, opacity);
    }

    /**
     * The same colour with its saturation, brightness and opacity scaled, as JavaFX's
     * {@code Color.deriveColor(0, s, b, o)} computes it: a tie's tint of its type's colour.
     */
    public MapColour derive(double saturationFactor, double brightnessFactor, double opacityFactor) {
        double max = Math.max(red, Math.max(green, blue));
        double min = Math.min(red, Math.min(green, blue));
        double saturation = max == 0 ? 0 : (max - min) / max;
        double hue = 0;
        if (saturation != 0) {
            double r = (max - red) / (max - min);
            double g = (max - green) / (max - min);
            double b = (max - blue) / (max - min);
            hue = red == max ? b - g : green == max ? 2.0 + r - b : 4.0 + g - r;
            hue = hue / 6.0;
            if (hue < 0) {
                hue += 1.0;
            }
        }
        double brightness = max == 0 && brightnessFactor > 1 ? 0.05 : max;
        double s = clamp(saturation * saturationFactor);
        double v = clamp(brightness * brightnessFactor);
        return hsb(((hue * 360 % 360) + 360) % 360 / 360, s, v, clamp(opacity * opacityFactor));
    }

    private static MapColour hsb(double hue, double s, double v, double opacity) {
        if (s == 0) {
            return new MapColour(v, v, v, opacity);
        }
        double h = (hue - Math.floor(hue)) * 6.0;
        double f = h - Math.floor(h);
        double p = v * (1.0 - s);
        double q = v * (1.0 - s * f);
        double t = v * (1.0 - s * (1.0 - f));
        return switch ((int) h) {
            case 0 -> new MapColour(v, t, p, opacity);
            case 1 -> new MapColour(q, v, p, opacity);
            case 2 -> new MapColour(p, v, t, opacity);
            case 3 -> new MapColour(p, q, v, opacity);
            case 4 -> new MapColour(t, p, v, opacity);
            default -> new MapColour(v, p, q, opacity);
        };
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** "#0969da", without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(red), channel(green), channel(blue));
    }

    /** As one int, alpha in the top byte, for java.awt. */
    public int argb() {
        return channel(opacity) << 24 | channel(red) << 16 | channel(green) << 8 | channel(blue);
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }
}
