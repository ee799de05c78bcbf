package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * A server without sync-collection (Radicale has it, so a small stand-in on 127.0.0.1 plays one): the client
 * lists every card by PROPFIND instead, and reads many cards in batches of a hundred; and one that sends
 * clients on to another host.
 */
class CardDavFallbackTest {
    private static final int CARDS = 250;
    private HttpServer server;
    private final List<Integer> multigetSizes = Collections.synchronizedList(new ArrayList<>());
    private URI book;
    private int wellKnownAsked;
    private int elsewhereAsked;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/book/", this::answer);
        server.createContext("/.well-known/carddav", exchange -> {
            wellKnownAsked++;
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/dav/");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/dav/", exchange -> {
            elsewhereAsked++;
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        book = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/book/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void withoutSyncCollectionEveryCardIsListedByPropfind() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(book, "anna", "pw"));

        CollectionChanges changes = client.changesSince(book, null);

        assertThat(changes.complete()).isTrue();
        assertThat(changes.changed()).hasSize(CARDS).first()
                .isEqualTo(new CardRef("/book/0.vcf", "\"v0\""));
        assertThat(changes.newToken()).isNull();
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void manyCardsAreReadInBatchesOfAHundred() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(book, "anna", "pw"));
        List<String> hrefs = IntStream.range(0, CARDS).mapToObj(i -> "/book/" + i + ".vcf").toList();

        List<Card> cards = client.read(book, hrefs);

        assertThat(multigetSizes).containsExactly(100, 100, 50);
        assertThat(cards).hasSize(CARDS).extracting(Card::href).containsExactlyElementsOf(hrefs);
        assertThat(cards.get(7).vcard()).contains("UID:7");
    }

    @Test
    void discoveryFollowsNoRedirectToAnotherServerWithThePassword() {
        CardDavClient client = new CardDavClient(CardDavAccount.of(book.resolve("/"), "anna", "pw"));

        assertThatThrownBy(client::discover).isInstanceOfSatisfying(CardDavException.class, e -> {
            assertThat(e.reason()).isEqualTo(CardDavException.Reason.UNEXPECTED_ANSWER);
            assertThat(e.getMessage()).contains("http://localhost:" + server.getAddress().getPort() + "/");
        });
        assertThat(wellKnownAsked).isEqualTo(1);
        assertThat(elsewhereAsked).isZero();
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod();
        try {
            if (method.equals("REPORT") && new String(request, StandardCharsets.UTF_8).contains("sync-collection")) {
                exchange.sendResponseHeaders(501, -1);
            } else if (method.equals("PROPFIND")) {
                List<Integer> all = IntStream.range(0, CARDS).boxed().toList();
                send(exchange, multistatus(all, false));
            } else if (method.equals("REPORT")) {
                List<Integer> asked = hrefsIn(request);
                multigetSizes.add(asked.size());
                send(exchange, multistatus(asked, true));
            } else {
                exchange.sendResponseHeaders(405, -1);
            }
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
        exchange.sendResponseHeaders(207, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static List<Integer> hrefsIn(byte[] request) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList hrefs = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(request))
                .getElementsByTagNameNS("DAV:", "href");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < hrefs.getLength(); i++) {
            String h = hrefs.item(i).getTextContent();
            numbers.add(Integer.parseInt(h.substring("/book/".length(), h.length() - ".vcf".length())));
        }
        return numbers;
    }

    /** The collection itself, then a response per card (with its vCard when asked). */
    private static byte[] multistatus(List<Integer> cards, boolean withData) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace("DAV:");
        w.writeStartElement("DAV:", "multistatus");
        w.writeDefaultNamespace("DAV:");
        w.writeNamespace("C", "urn:ietf:params:xml:ns:carddav");
        if (!withData) {
            response(w, "/book/", null, null, true);
        }
        for (int i : cards) {
            response(w, "/book/" + i + ".vcf", "\"v" + i + "\"",
                    withData ? "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + i + "\r\nFN:Card " + i + "\r\nEND:VCARD\r\n" : null,
                    false);
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return bytes.toByteArray();
    }

    private static void response(XMLStreamWriter w, String href, String etag, String vcard, boolean collection)
            throws Exception {
        w.writeStartElement("DAV:", "response");
        w.writeStartElement("DAV:", "href");
        w.writeCharacters(href);
        w.writeEndElement();
        w.writeStartElement("DAV:", "propstat");
        w.writeStartElement("DAV:", "prop");
        w.writeStartElement("DAV:", "resourcetype");
        if (collection) {
            w.writeEmptyElement("DAV:", "collection");
            w.writeEmptyElement("urn:ietf:params:xml:ns:carddav", "addressbook");
        }
        w.writeEndElement();
        if (etag != null) {
            w.writeStartElement("DAV:", "getetag");
            w.writeCharacters(etag);
            w.writeEndElement();
        }
        if (vcard != null) {
            w.writeStartElement("urn:ietf:params:xml:ns:carddav", "address-data");
            w.writeCharacters(vcard);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("DAV:", "status");
        w.writeCharacters("HTTP/1.1 200 OK");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
}
