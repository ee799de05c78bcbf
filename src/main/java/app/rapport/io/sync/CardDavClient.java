package app.rapport.io.sync;

import app.rapport.io.sync.CardDavException.Reason;
import app.rapport.io.sync.DavXml.Multistatus;
import app.rapport.io.sync.DavXml.Response;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CardDAV client (RFC 6352) for one account: finds the address books, lists what changed
 * (RFC 6578 sync-collection, or a full listing of ETags), reads cards in batches and writes them only on
 * condition that they are as last seen. It knows nothing of contacts: cards go in and out as vCard text,
 * which the caller writes and reads with ez-vcard. Thread-safe; the log gets methods, hrefs and statuses,
 * never the password or a card.
 */
public final class CardDavClient {
    private static final Logger LOG = LoggerFactory.getLogger(CardDavClient.class);
    /** Hrefs per addressbook-multiget: large enough to be quick, small enough for any server's request limit. */
    public static final int MULTIGET_BATCH = 100;
    private static final int MAX_REDIRECTS = 5;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String VCARD_TYPE = "text/vcard; charset=utf-8";
    private static final String XML_TYPE = "application/xml; charset=utf-8";

    private final CardDavAccount account;
    private final HttpClient http;
    private final String authorization;

    public CardDavClient(CardDavAccount account) {
        this.account = account;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(account.timeout())
                // redirects are followed by hand during discovery only, where a PROPFIND must stay a PROPFIND
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if ("https".equalsIgnoreCase(account.server().getScheme())) {
            builder.sslContext(CertificateTrust.context(account.trustedCertificateSha256()));
        }
        this.http = builder.build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (account.user() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
    }

    // ---- discovery ----

    /**
     * The user's address books: /.well-known/carddav (redirects followed), else the address given; then the
     * current-user-principal, its addressbook-home-set and the address books in it.
     */
    public List<AddressBook> discover() throws CardDavException {
        URI context = wellKnownContext();
        Response principalAnswer = propfindOne(context, List.of(DavXml.CURRENT_USER_PRINCIPAL));
        String principal = principalAnswer.firstHref(DavXml.CURRENT_USER_PRINCIPAL);
        if (principal == null) {
            throw new CardDavException(Reason.UNEXPECTED_ANSWER,
                    "The server names no current-user-principal at " + context, 207);
        }
        URI principalUri = context.resolve(principal);
        Response homeAnswer = propfindOne(principalUri, List.of(DavXml.ADDRESSBOOK_HOME_SET));
        String home = homeAnswer.firstHref(DavXml.ADDRESSBOOK_HOME_SET);
        if (home == null) {
            throw new CardDavException(Reason.UNEXPECTED_ANSWER,
                    "The principal " + shown(principalUri) + " has no addressbook-home-set: no CardDAV here", 207);
        }
        return addressBooks(principalUri.resolve(home));
    }

    /** The address books directly inside a home collection. */
    public List<AddressBook> addressBooks(URI home) throws CardDavException {
        Multistatus answer = propfind(home, 1, List.of(DavXml.RESOURCETYPE, DavXml.DISPLAYNAME, DavXml.SYNC_TOKEN,
                DavXml.GETCTAG));
        List<AddressBook> books = new ArrayList<>();
        for (Response r : answer.responses()) {
            if (r.hasType(DavXml.ADDRESSBOOK)) {
                books.add(new AddressBook(home.resolve(r.href()), r.text(DavXml.DISPLAYNAME),
                        r.text(DavXml.SYNC_TOKEN), r.text(DavXml.GETCTAG)));
            }
        }
        return books;
    }

    /** One address book's properties, read again (its token and ctag move with every change). */
    public AddressBook addressBook(URI href) throws CardDavException {
        Response r = propfindOne(href, List.of(DavXml.RESOURCETYPE, DavXml.DISPLAYNAME, DavXml.SYNC_TOKEN,
                DavXml.GETCTAG));
        if (!r.hasType(DavXml.ADDRESSBOOK)) {
            throw new CardDavException(Reason.NOT_FOUND, "No address book at " + shown(href), 207);
        }
        return new AddressBook(href, r.text(DavXml.DISPLAYNAME), r.text(DavXml.SYNC_TOKEN), r.text(DavXml.GETCTAG));
    }

    /**
     * Makes an address book named {@code name} in the home collection (extended MKCOL, RFC 5689), for a user
     * who wants Rapport's contacts in a book of their own.
     */
    public AddressBook createAddressBook(URI home, String name, String displayName) throws CardDavException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An address book's name is letters, digits, '.', '_' or '-'");
        }
        URI href = home.resolve(name + "/");
        HttpResponse<byte[]> answer = send(request(href).method("MKCOL",
                HttpRequest.BodyPublishers.ofByteArray(DavXml.mkAddressBook(displayName)))
                .header("Content-Type", XML_TYPE), "MKCOL");
        expect(answer, href, "MKCOL", 201);
        return addressBook(href);
    }

    private URI wellKnownContext() throws CardDavException {
        URI at = account.server().resolve("/.well-known/carddav");
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> answer = send(request(at).method("PROPFIND",
                    HttpRequest.BodyPublishers.ofByteArray(DavXml.propfind(List.of(DavXml.CURRENT_USER_PRINCIPAL))))
                    .header("Depth", "0").header("Content-Type", XML_TYPE), "PROPFIND");
            int status = answer.statusCode();
            if (status >= 300 && status < 400) {
                String location = answer.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    break;
                }
                URI next = at.resolve(location);
                // the password goes only to the server the user named, and never back from TLS to plain HTTP
                if (!sameServer(next, account.server())) {
                    throw new CardDavException(Reason.UNEXPECTED_ANSWER, "The server sends CardDAV clients on to "
                            + next.getScheme() + "://" + next.getAuthority() + "/; enter that address to use it", status);
                }
                at = next;
                continue;
            }
            if (status == 207) {
                return at;
            }
            if (status == 401) {
                failOnAuth(status, at, "PROPFIND");
            }
            break;
        }
        // no well-known entry: the address the user gave is the context
        return account.server();
    }

    // ---- listing ----

    /**
     * What changed in the address book since {@code token} (null or empty: everything). Falls back to a full
     * listing of hrefs and ETags when the server has no sync-collection or refuses the token (RFC 6578
     * valid-sync-token); then {@link CollectionChanges#complete()} is true.
     */
    public CollectionChanges changesSince(URI book, String token) throws CardDavException {
        HttpResponse<byte[]> answer = send(request(book).method("REPORT",
                HttpRequest.BodyPublishers.ofByteArray(DavXml.syncCollection(token == null ? "" : token)))
                .header("Depth", "0").header("Content-Type", XML_TYPE), "REPORT sync-collection");
        int status = answer.statusCode();
        if (status == 207) {
            Multistatus m = parse(answer, book);
            List<CardRef> changed = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            String self = book.getRawPath();
            for (Response r : m.responses()) {
                if (r.status() == 404) {
                    removed.add(r.href());
                } else if (!samePath(r.href(), self)) {
                    changed.add(new CardRef(r.href(), r.text(DavXml.GETETAG)));
                }
            }
            return new CollectionChanges(changed, removed, m.syncToken(), false);
        }
        failOnAuth(status, book, "REPORT");
        Set<QName> conditions = DavXml.readErrorConditions(answer.body());
        boolean tokenRefused = conditions.contains(DavXml.VALID_SYNC_TOKEN);
        boolean noSyncCollection = status == 400 || status == 403 || status == 405 || status == 415 || status == 501;
        if (tokenRefused || noSyncCollection) {
            LOG.info("sync-collection on {} answered {}{}; listing every card instead", shown(book), status,
                    tokenRefused ? " (token refused)" : "");
            return fullListing(book);
        }
        throw refusal(status, book, "REPORT sync-collection");
    }

    /** Every card's href and ETag (PROPFIND Depth 1), with the book's current token if it has one. */
    public CollectionChanges fullListing(URI book) throws CardDavException {
        Multistatus m = propfind(book, 1, List.of(DavXml.RESOURCETYPE, DavXml.GETETAG, DavXml.SYNC_TOKEN));
        List<CardRef> cards = new ArrayList<>();
        String token = null;
        for (Response r : m.responses()) {
            if (samePath(r.href(), book.getRawPath())) {
                token = r.text(DavXml.SYNC_TOKEN);
            } else if (!r.hasType(DavXml.COLLECTION)) {
                cards.add(new CardRef(r.href(), r.text(DavXml.GETETAG)));
            }
        }
        return new CollectionChanges(cards, List.of(), token, true);
    }

    // ---- reading ----

    /**
     * The cards at these hrefs with their ETags, read in batches of {@link #MULTIGET_BATCH}. A card deleted
     * meanwhile is left out.
     */
    public List<Card> read(URI book, List<String> hrefs) throws CardDavException {
        List<Card> cards = new ArrayList<>(hrefs.size());
        for (int from = 0; from < hrefs.size(); from += MULTIGET_BATCH) {
            List<String> batch = hrefs.subList(from, Math.min(hrefs.size(), from + MULTIGET_BATCH));
            HttpResponse<byte[]> answer = send(request(book).method("REPORT",
                    HttpRequest.BodyPublishers.ofByteArray(DavXml.multiget(batch)))
                    .header("Depth", "1").header("Content-Type", XML_TYPE), "REPORT addressbook-multiget");
            expect(answer, book, "REPORT addressbook-multiget", 207);
            for (Response r : parse(answer, book).responses()) {
                String vcard = r.properties().containsKey(DavXml.ADDRESS_DATA)
                        ? r.properties().get(DavXml.ADDRESS_DATA).text() : null;
                if (r.status() == 404 || vcard == null || vcard.isBlank()) {
                    continue;
                }
                cards.add(new Card(r.href(), r.text(DavXml.GETETAG), vcard));
            }
        }
        return cards;
    }

    // ---- writing ----

    /**
     * A new card in the book (If-None-Match: *, so nothing there is replaced). Its href is made from the UID
     * when that is a safe file name, else from a random one.
     */
    public WriteOutcome create(URI book, String uid, String vcard) throws CardDavException {
        String name = uid != null && SAFE_NAME.matcher(uid).matches() ? uid : UUID.randomUUID().toString();
        URI href = book.resolve(name + ".vcf");
        return put(href, vcard, "If-None-Match", "*");
    }

    /** Replaces the card only if it is still the version {@code etag} (If-Match); else {@link WriteOutcome.ChangedOnServer}. */
    public WriteOutcome update(URI book, String href, String etag, String vcard) throws CardDavException {
        return put(book.resolve(href), vcard, "If-Match", requireEtag(etag));
    }

    /** Deletes the card only if it is still the version {@code etag}; a card already gone counts as deleted. */
    public WriteOutcome delete(URI book, String href, String etag) throws CardDavException {
        URI at = book.resolve(href);
        HttpResponse<byte[]> answer = send(request(at).DELETE().header("If-Match", requireEtag(etag)), "DELETE");
        int status = answer.statusCode();
        if (status == 412) {
            return new WriteOutcome.ChangedOnServer(at.getRawPath());
        }
        if (status == 404 || status == 410) {
            return new WriteOutcome.Deleted(at.getRawPath());
        }
        expect(answer, at, "DELETE", 200, 204);
        return new WriteOutcome.Deleted(at.getRawPath());
    }

    private WriteOutcome put(URI href, String vcard, String condition, String value) throws CardDavException {
        HttpResponse<byte[]> answer = send(request(href)
                .PUT(HttpRequest.BodyPublishers.ofString(vcard, StandardCharsets.UTF_8))
                .header("Content-Type", VCARD_TYPE).header(condition, value), "PUT");
        if (answer.statusCode() == 412) {
            return new WriteOutcome.ChangedOnServer(href.getRawPath());
        }
        expect(answer, href, "PUT", 200, 201, 204);
        // a server that changed the card as it stored it may withhold the ETag (RFC 6352 6.3.2.3): read it back then
        return new WriteOutcome.Stored(href.getRawPath(), answer.headers().firstValue("ETag").orElse(null));
    }

    private static String requireEtag(String etag) {
        if (etag == null || etag.isBlank()) {
            throw new IllegalArgumentException("A conditional write needs the ETag the card was read with");
        }
        return etag;
    }

    // ---- HTTP ----

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(account.timeout()).header("Authorization", authorization)
                .header("User-Agent", "Rapport");
    }

    private Multistatus propfind(URI uri, int depth, List<QName> names) throws CardDavException {
        HttpResponse<byte[]> answer = send(request(uri).method("PROPFIND",
                HttpRequest.BodyPublishers.ofByteArray(DavXml.propfind(names)))
                .header("Depth", Integer.toString(depth)).header("Content-Type", XML_TYPE), "PROPFIND");
        expect(answer, uri, "PROPFIND", 207);
        return parse(answer, uri);
    }

    private Response propfindOne(URI uri, List<QName> names) throws CardDavException {
        Multistatus m = propfind(uri, 0, names);
        for (Response r : m.responses()) {
            if (samePath(r.href(), uri.getRawPath())) {
                return r;
            }
        }
        if (m.responses().size() == 1) {
            return m.responses().get(0);
        }
        throw new CardDavException(Reason.UNEXPECTED_ANSWER, "No answer for " + shown(uri) + " in the PROPFIND", 207);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder builder, String what) throws CardDavException {
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (!nothingReceived(e)) {
                    throw e;
                }
                // A server that answers HTTP/1.0 (Radicale's own) closes the connection after each answer, and the
                // JDK may already have handed the closed one to this request: nothing was sent back, so asking once
                // more on a new connection is safe. Every write here is conditional (If-Match / If-None-Match), so
                // even a write the server did make cannot be made twice; it comes back as 412.
                LOG.debug("{} {}: the connection was closed before any answer; asking once more", what,
                        shown(request.uri()));
                answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            LOG.debug("{} {} → {}", what, shown(request.uri()), answer.statusCode());
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardDavException(Reason.CONNECTION_LOST, "Interrupted during " + what, 0, null, e);
        } catch (IOException e) {
            CardDavException failure = failure(e, request.uri(), what);
            LOG.info("{} {} failed: {}", what, shown(request.uri()), failure.reason());
            throw failure;
        }
    }

    /** The connection ended before a single byte of the answer (the JDK reports an end of stream while reading the headers). */
    private static boolean nothingReceived(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || (t.getMessage() != null && t.getMessage().contains("received no bytes"))) {
                return true;
            }
        }
        return false;
    }

    private CardDavException failure(IOException e, URI uri, String what) {
        CertificateTrust.Untrusted untrusted = causeOf(e, CertificateTrust.Untrusted.class);
        if (untrusted != null) {
            return new CardDavException(Reason.CERTIFICATE_REFUSED, "The certificate of " + uri.getHost()
                    + " is not trusted", 0, untrusted.sha256, e);
        }
        if (causeOf(e, SSLException.class) != null) {
            // a certificate refused on its merits is thrown as Untrusted above; this is a handshake that never got
            // that far (https:// to a plain-HTTP server, no common protocol)
            return new CardDavException(Reason.NO_SECURE_CONNECTION, "No secure connection to " + uri.getHost(), 0,
                    null, e);
        }
        if (causeOf(e, ConnectException.class) != null || causeOf(e, UnknownHostException.class) != null
                || e instanceof HttpConnectTimeoutException) {
            return new CardDavException(Reason.UNREACHABLE, "Cannot reach " + uri.getHost() + ":" + uri.getPort(), 0,
                    null, e);
        }
        return new CardDavException(Reason.CONNECTION_LOST, "The connection broke during " + what + " "
                + shown(uri), 0, null, e);
    }

    /**
     * A path as the log and the messages show it: a segment that is the user's name (Radicale's /anna/…, Nextcloud's
     * …/users/anna/…) as "~user~", so the log holds no name.
     */
    private String shown(URI uri) {
        String path = uri.getPath();
        if (path == null || account.user().isEmpty()) {
            return path;
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(account.user())) {
                segments[i] = "~user~";
            }
        }
        return String.join("/", segments);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private Multistatus parse(HttpResponse<byte[]> answer, URI uri) throws CardDavException {
        try {
            return DavXml.readMultistatus(new ByteArrayInputStream(answer.body()));
        } catch (XMLStreamException | RuntimeException e) {
            throw new CardDavException(Reason.UNEXPECTED_ANSWER, "Unreadable multistatus from " + shown(uri),
                    answer.statusCode(), null, e);
        }
    }

    private void expect(HttpResponse<byte[]> answer, URI uri, String what, int... ok) throws CardDavException {
        int status = answer.statusCode();
        for (int s : ok) {
            if (status == s) {
                return;
            }
        }
        failOnAuth(status, uri, what);
        throw refusal(status, uri, what);
    }

    private CardDavException refusal(int status, URI uri, String what) {
        if (status == 404 || status == 410) {
            return new CardDavException(Reason.NOT_FOUND, "Nothing at " + shown(uri), status);
        }
        return unexpected(status, uri, what);
    }

    private void failOnAuth(int status, URI uri, String what) throws CardDavException {
        if (status == 401) {
            throw new CardDavException(Reason.WRONG_PASSWORD, "The server refused the user name or password", status);
        }
        if (status == 403 && !what.startsWith("REPORT")) {
            throw new CardDavException(Reason.NOT_ALLOWED, what + " " + shown(uri) + " is not allowed", status);
        }
    }

    private CardDavException unexpected(int status, URI uri, String what) {
        return new CardDavException(Reason.UNEXPECTED_ANSWER,
                String.format(Locale.ROOT, "%s %s answered %d", what, shown(uri), status), status);
    }

    private static boolean sameServer(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort()
                && a.getScheme().equalsIgnoreCase(b.getScheme());
    }

    /** Whether two hrefs name the same resource, whatever the trailing slash or percent-encoding. */
    static boolean samePath(String href, String path) {
        return normalisedPath(href).equals(normalisedPath(path));
    }

    private static String normalisedPath(String href) {
        String path;
        try {
            path = new URI(href).getPath();
        } catch (URISyntaxException e) {
            path = href;
        }
        if (path == null) {
            path = href;
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
