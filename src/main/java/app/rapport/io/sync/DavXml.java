package app.rapport.io.sync;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/** The WebDAV, CardDAV and sync XML: request bodies written and multistatus answers read with StAX. */
final class DavXml {
    static final String DAV = "DAV:";
    static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    static final String CALSERVER = "http://calendarserver.org/ns/";

    static final QName HREF = new QName(DAV, "href");
    static final QName STATUS = new QName(DAV, "status");
    static final QName RESPONSE = new QName(DAV, "response");
    static final QName PROPSTAT = new QName(DAV, "propstat");
    static final QName PROP = new QName(DAV, "prop");
    static final QName SYNC_TOKEN = new QName(DAV, "sync-token");
    static final QName GETETAG = new QName(DAV, "getetag");
    static final QName DISPLAYNAME = new QName(DAV, "displayname");
    static final QName RESOURCETYPE = new QName(DAV, "resourcetype");
    static final QName COLLECTION = new QName(DAV, "collection");
    static final QName CURRENT_USER_PRINCIPAL = new QName(DAV, "current-user-principal");
    static final QName VALID_SYNC_TOKEN = new QName(DAV, "valid-sync-token");
    static final QName ADDRESSBOOK_HOME_SET = new QName(CARDDAV, "addressbook-home-set");
    static final QName ADDRESSBOOK = new QName(CARDDAV, "addressbook");
    static final QName ADDRESS_DATA = new QName(CARDDAV, "address-data");
    static final QName GETCTAG = new QName(CALSERVER, "getctag");

    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();
    private static final XMLInputFactory IN = inputFactory();

    private DavXml() {
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // a server's answer is data: no DTD, no entity that reads a file or the network
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A property's value: its text, the hrefs inside it and the names of its child elements. */
    record Property(String text, List<String> hrefs, Set<QName> children) {
    }

    /** One response of a multistatus: its href, its own status (0 when given per propstat) and the found properties. */
    record Response(String href, int status, Map<QName, Property> properties) {
        String text(QName name) {
            Property p = properties.get(name);
            return p == null || p.text().isBlank() ? null : p.text().strip();
        }

        String firstHref(QName name) {
            Property p = properties.get(name);
            return p == null || p.hrefs().isEmpty() ? null : p.hrefs().get(0);
        }

        boolean hasType(QName type) {
            Property p = properties.get(RESOURCETYPE);
            return p != null && p.children().contains(type);
        }
    }

    record Multistatus(List<Response> responses, String syncToken) {
    }

    // ---- request bodies ----

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a WebDAV request", e);
        }
        return bytes.toByteArray();
    }

    private static void startRoot(XMLStreamWriter w, QName root) throws XMLStreamException {
        w.setPrefix("d", DAV);
        w.setPrefix("card", CARDDAV);
        w.setPrefix("cs", CALSERVER);
        w.writeStartElement(root.getNamespaceURI(), root.getLocalPart());
        w.writeNamespace("d", DAV);
        w.writeNamespace("card", CARDDAV);
        w.writeNamespace("cs", CALSERVER);
    }

    private static void writeProp(XMLStreamWriter w, Collection<QName> names) throws XMLStreamException {
        w.writeStartElement(DAV, "prop");
        for (QName n : names) {
            w.writeEmptyElement(n.getNamespaceURI(), n.getLocalPart());
        }
        w.writeEndElement();
    }

    static byte[] propfind(List<QName> names) {
        return document(w -> {
            startRoot(w, new QName(DAV, "propfind"));
            writeProp(w, names);
            w.writeEndElement();
        });
    }

    static byte[] syncCollection(String token) {
        return document(w -> {
            startRoot(w, new QName(DAV, "sync-collection"));
            w.writeStartElement(DAV, "sync-token");
            if (token != null) {
                w.writeCharacters(token);
            }
            w.writeEndElement();
            w.writeStartElement(DAV, "sync-level");
            w.writeCharacters("1");
            w.writeEndElement();
            writeProp(w, List.of(GETETAG));
            w.writeEndElement();
        });
    }

    static byte[] multiget(List<String> hrefs) {
        return document(w -> {
            startRoot(w, new QName(CARDDAV, "addressbook-multiget"));
            writeProp(w, List.of(GETETAG, ADDRESS_DATA));
            for (String href : hrefs) {
                w.writeStartElement(DAV, "href");
                w.writeCharacters(href);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Extended MKCOL (RFC 5689) making an address book. */
    static byte[] mkAddressBook(String displayName) {
        return document(w -> {
            startRoot(w, new QName(DAV, "mkcol"));
            w.writeStartElement(DAV, "set");
            w.writeStartElement(DAV, "prop");
            w.writeStartElement(DAV, "resourcetype");
            w.writeEmptyElement(DAV, "collection");
            w.writeEmptyElement(CARDDAV, "addressbook");
            w.writeEndElement();
            w.writeStartElement(DAV, "displayname");
            w.writeCharacters(displayName);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    // ---- answers ----

    static Multistatus readMultistatus(InputStream body) throws XMLStreamException {
        XMLStreamReader r = IN.createXMLStreamReader(body);
        try {
            List<Response> responses = new ArrayList<>();
            String token = null;
            nextStart(r);
            if (!r.getName().equals(new QName(DAV, "multistatus"))) {
                throw new XMLStreamException("Expected a DAV:multistatus, found " + r.getName());
            }
            while (nextChild(r)) {
                if (r.getName().equals(RESPONSE)) {
                    responses.add(readResponse(r));
                } else if (r.getName().equals(SYNC_TOKEN)) {
                    token = r.getElementText().strip();
                } else {
                    skip(r);
                }
            }
            return new Multistatus(responses, token);
        } finally {
            r.close();
        }
    }

    /** The names of the elements inside a DAV:error body (precondition codes such as valid-sync-token); empty if none. */
    static Set<QName> readErrorConditions(byte[] body) {
        Set<QName> found = new LinkedHashSet<>();
        if (body.length == 0) {
            return found;
        }
        try {
            XMLStreamReader r = IN.createXMLStreamReader(new java.io.ByteArrayInputStream(body));
            try {
                nextStart(r);
                if (r.getName().equals(new QName(DAV, "error"))) {
                    while (nextChild(r)) {
                        found.add(r.getName());
                        skip(r);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException notXml) {
            // an error page in HTML or plain text names no condition
        }
        return found;
    }

    private static Response readResponse(XMLStreamReader r) throws XMLStreamException {
        String href = null;
        int status = 0;
        Map<QName, Property> props = new HashMap<>();
        while (nextChild(r)) {
            QName n = r.getName();
            if (n.equals(HREF)) {
                String h = r.getElementText().strip();
                if (href == null) {
                    href = h;
                }
            } else if (n.equals(STATUS)) {
                status = statusCode(r.getElementText());
            } else if (n.equals(PROPSTAT)) {
                readPropstat(r, props);
            } else {
                skip(r);
            }
        }
        if (href == null) {
            throw new XMLStreamException("A DAV:response without a DAV:href");
        }
        return new Response(href, status, props);
    }

    private static void readPropstat(XMLStreamReader r, Map<QName, Property> into) throws XMLStreamException {
        Map<QName, Property> props = new HashMap<>();
        int status = 0;
        while (nextChild(r)) {
            QName n = r.getName();
            if (n.equals(PROP)) {
                while (nextChild(r)) {
                    QName name = r.getName();
                    props.put(name, readProperty(r));
                }
            } else if (n.equals(STATUS)) {
                status = statusCode(r.getElementText());
            } else {
                skip(r);
            }
        }
        if (status >= 200 && status < 300) {
            into.putAll(props);
        }
    }

    /** Reads the element the reader is on to its end: all text below it, the hrefs and the direct children. */
    private static Property readProperty(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<String> hrefs = new ArrayList<>();
        Set<QName> children = new LinkedHashSet<>();
        int depth = 1;
        StringBuilder href = null;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth == 2) {
                        children.add(r.getName());
                    }
                    if (r.getName().equals(HREF)) {
                        href = new StringBuilder();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (href != null && r.getName().equals(HREF)) {
                        hrefs.add(href.toString().strip());
                        href = null;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(r.getText());
                    if (href != null) {
                        href.append(r.getText());
                    }
                }
                default -> {
                }
            }
        }
        return new Property(text.toString(), hrefs, children);
    }

    /** "HTTP/1.1 404 Not Found" → 404; anything unreadable → 0. */
    static int statusCode(String statusLine) {
        String[] parts = statusLine.strip().split(" ");
        if (parts.length < 2) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void nextStart(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new XMLStreamException("An empty answer where XML was expected");
    }

    /** Moves to the next child element of the current one; false (on the parent's end) when there is none left. */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the element the reader is on, to its end. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
