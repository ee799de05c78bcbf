package app.rapport.service.exporting;

import java.util.Arrays;

/** Which contacts to export: all of them (archived ones too, none from the trash), a list of ids, or one tag. */
public record ExportSelection(long[] ids, String tag) {
    public static ExportSelection all() {
        return new ExportSelection(null, null);
    }

    public static ExportSelection ids(long... ids) {
        return new ExportSelection(ids.clone(), null);
    }

    public static ExportSelection tag(String tag) {
        return new ExportSelection(null, tag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportSelection s && Arrays.equals(ids, s.ids) && java.util.Objects.equals(tag, s.tag);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + java.util.Objects.hashCode(tag);
    }

    @Override
    public String toString() {
        return ids != null ? "ids " + Arrays.toString(ids) : tag != null ? "tag " + tag : "all";
    }
}
