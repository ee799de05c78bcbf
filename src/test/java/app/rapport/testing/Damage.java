package app.rapport.testing;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages a closed SQLite file the way a failing disk does: whole pages in the middle of the file
 * overwritten with garbage, the header and schema left intact (so it still opens).
 */
public final class Damage {
    private static final int PAGE = 4096;

    private Damage() {
    }

    /**
     * Overwrites the middle third of the leaf pages holding {@code table}'s rows with random bytes.
     *
     * @return how many pages were overwritten
     */
    public static int tablePages(Path file, String table) throws Exception {
        List<Long> pages = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table
                     + "' AND pagetype = 'leaf' ORDER BY pageno")) {
            while (rs.next()) {
                pages.add(rs.getLong(1));
            }
        }
        if (pages.size() < 3) {
            throw new IllegalStateException(table + " has too few pages to damage some: " + pages.size());
        }
        List<Long> middle = pages.subList(pages.size() / 3, 2 * pages.size() / 3);
        Random random = new Random(12);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page : middle) {
                byte[] junk = new byte[PAGE];
                random.nextBytes(junk);
                raf.seek((page - 1) * PAGE);
                raf.write(junk);
            }
            raf.getFD().sync();
        }
        return middle.size();
    }
}
