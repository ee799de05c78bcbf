package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("rapport.db").toAbsolutePath().toString();
    }

    private long[] chain;

    /** Me knows Anna (5); Anna and Boris are colleagues (4); Boris and Dmitri friends (5); Dmitri Ivanov and Dmitri Orlov. */
    private void smallNetwork() {
        try (Services s = Services.open(Path.of(db()))) {
            long anna = save(s, person("Anna", "Weber").build());
            long boris = save(s, person("Boris", "Petrov").build());
            long dmitri = save(s, person("Dmitri", "Ivanov").build());
            save(s, person("Dmitri", "Orlov").build());
            save(s, person("Hermit", "Alone").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withStrength(5));
            s.relationships().saveTie(Tie.of(anna, boris, TieType.COLLEAGUE, 4));
            s.relationships().saveTie(Tie.of(boris, dmitri, TieType.FRIEND, 5));
            chain = new long[] {anna, boris, dmitri};
        }
    }

    private static long save(Services s, Contact c) {
        return s.contacts().save(c).saved().id();
    }

    @Test
    void pathPrintsOneLinePerStep() {
        smallNetwork();
        Result r = rapport("--db", db(), "graph", "path", "me", "dmitri ivanov");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.lines()).containsExactly("0\tMe", chain[0] + "\tAnna Weber",
                chain[1] + "\tBoris Petrov", chain[2] + "\tDmitri Ivanov");
        assertThat(rapport("--db", db(), "graph", "path", "" + chain[2], "Anna").lines()).hasSize(3);
    }

    @Test
    void pathExplainsWhatItCannotResolveOnOneLine() {
        smallNetwork();
        Result ambiguous = rapport("--db", db(), "graph", "path", "me", "Dmitri");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).startsWith("rapport: 2 contacts match Dmitri: give an id instead").hasLineCount(1);
        Result unknown = rapport("--db", db(), "graph", "path", "me", "Zoltan");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("rapport: no contact is called Zoltan.\n");
        Result unconnected = rapport("--db", db(), "graph", "path", "me", "Hermit");
        assertThat(unconnected.code()).isEqualTo(1);
        assertThat(unconnected.err()).isEqualTo("rapport: no chain of ties leads from Me to Hermit Alone.\n");
    }

    @Test
    void brokersListsTheBridgesTabSeparated() {
        smallNetwork();
        Result r = rapport("--db", db(), "graph", "brokers", "--limit", "5");
        assertThat(r.code()).as(r.err()).isZero();
        // only Boris stands between two contacts (Anna and Dmitri); his group is named after him
        // his ties reach only his own group: the last field, the groups he bridges, is empty
        assertThat(r.lines()).containsExactly(chain[1] + "\tBoris Petrov\t1.0\tBoris Petrov\tperson\t");
        assertThat(rapport("--db", db(), "graph", "brokers", "--limit", "0").code()).isEqualTo(2);
    }

    @Test
    void brokersListsPeopleThenOrganisationsAndWorkingSomewhereBridgesNothing() {
        smallNetwork();
        long acme;
        long nord;
        try (Services s = Services.open(Path.of(db()))) {
            acme = save(s, organisation("Acme GmbH").build());
            nord = save(s, organisation("Nord AG").build());
            long olga = save(s, person("Olga", "Petrova").build());
            // Anna and Dmitri both work at Acme: that alone would put Acme between them, beside Boris
            s.relationships().saveTie(Tie.of(chain[0], acme, TieType.WORKS_AT, 4));
            s.relationships().saveTie(Tie.of(chain[2], acme, TieType.WORKS_AT, 4));
            // what Acme does joins Nord and Olga: that bridges
            s.relationships().saveTie(Tie.of(acme, nord, TieType.PARTNER, 4));
            s.relationships().saveTie(Tie.of(olga, acme, TieType.CLIENT, 3));
        }
        Result r = rapport("--db", db(), "graph", "brokers");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(chain[1] + "\tBoris Petrov\t1.0\t").contains("\tperson\t");
        assertThat(lines.get(1)).startsWith(acme + "\tAcme GmbH\t1.0\t").contains("\torganisation\t");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(6));
        Result orgs = rapport("--db", db(), "graph", "brokers", "--kind", "organisation");
        assertThat(orgs.lines()).containsExactly(lines.get(1));
        assertThat(lines).noneMatch(l -> l.startsWith(nord + "\t"));
    }

    @Test
    void exportWritesGraphMlOfTheWholeNetworkOrOneNeighbourhood() throws Exception {
        Result demo = rapport("--db", db(), "demo", "--people", "200", "--orgs", "20", "--seed", "3");
        assertThat(demo.code()).as(demo.err()).isZero();
        Path whole = dir.resolve("whole.graphml");
        Result r = rapport("--db", db(), "graph", "export", "--format", "graphml", "--out", whole.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("graph: 221 nodes and \\d+ edges written to .*whole.graphml\n");
        assertThat(Files.readString(whole)).contains("<graphml", "attr.name=\"betweenness\"");

        Path ego = dir.resolve("ego.graphml");
        Result small = rapport("--db", db(), "graph", "export", "--out", ego.toString(), "--ego", "1", "--hops", "1");
        assertThat(small.code()).as(small.err()).isZero();
        int nodes = Integer.parseInt(small.out().replaceAll("graph: (\\d+) nodes.*\n", "$1"));
        assertThat(nodes).isBetween(2, 220);
    }

    @Test
    void exportDrawsAPngOfTheMapWithoutAWindow() throws Exception {
        smallNetwork();
        Path picture = dir.resolve("map.png");
        Result png = rapport("--db", db(), "graph", "export", "--format", "png", "--size", "800x600", "--out",
                picture.toString());
        assertThat(png.code()).as(png.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(picture.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < 800; x += 4) {
            for (int y = 0; y < 600; y += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("nodes and ties drawn, not a blank page").isGreaterThan(10);
        Result bad = rapport("--db", db(), "graph", "export", "--format", "png", "--size", "big", "--out",
                picture.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--size must be WIDTHxHEIGHT");
    }

    @Test
    void exportRefusesAnUnknownFormatAndBadHops() {
        smallNetwork();
        Result format = rapport("--db", db(), "graph", "export", "--format", "svg", "--out", "x.svg");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be graphml or png");
        Result hops = rapport("--db", db(), "graph", "export", "--out", "x.graphml", "--ego", "me", "--hops", "3");
        assertThat(hops.code()).isEqualTo(2);
        assertThat(hops.err()).contains("--hops must be 1 or 2");
        assertThat(rapport("--db", dir.resolve("none.db").toString(), "graph", "brokers").err())
                .startsWith("rapport: there is no database at");
    }

    @Test
    void everyGraphCommandHasHelp() {
        for (String[] args : List.of(new String[] {"graph", "--help"}, new String[] {"graph", "export", "--help"},
                new String[] {"graph", "brokers", "--help"}, new String[] {"graph", "path", "--help"})) {
            Result r = rapport(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: rapport graph");
        }
        assertThat(rapport("graph").code()).isEqualTo(2);
    }
}
