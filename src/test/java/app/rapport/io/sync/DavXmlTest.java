package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.sync.DavXml.Multistatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** Answers as other servers write them: other prefixes, a default namespace, CDATA, failed propstats. */
class DavXmlTest {
    private static Multistatus read(String xml) throws XMLStreamException {
        return DavXml.readMultistatus(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void namesAreReadByNamespaceWhateverThePrefix() throws Exception {
        Multistatus m = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav" xmlns:X="urn:other">
                  <response>
                    <href>/dav/anna/book/a%20b.vcf</href>
                    <propstat><prop><getetag>"e1"</getetag>
                      <C:address-data><![CDATA[BEGIN:VCARD
                FN:Борис <b> & co
                END:VCARD
                ]]></C:address-data><X:getetag>not this one</X:getetag></prop>
                      <status>HTTP/1.1 200 OK</status></propstat>
                    <propstat><prop><displayname/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
                  </response>
                  <response><href>/dav/anna/book/gone.vcf</href><status>HTTP/1.1 404 Not Found</status></response>
                  <sync-token>http://example.com/sync/7</sync-token>
                </multistatus>
                """);

        assertThat(m.syncToken()).isEqualTo("http://example.com/sync/7");
        assertThat(m.responses()).hasSize(2);
        DavXml.Response card = m.responses().get(0);
        assertThat(card.href()).isEqualTo("/dav/anna/book/a%20b.vcf");
        assertThat(card.text(DavXml.GETETAG)).isEqualTo("\"e1\"");
        assertThat(card.properties().get(DavXml.ADDRESS_DATA).text()).contains("FN:Борис <b> & co");
        assertThat(card.properties()).doesNotContainKey(DavXml.DISPLAYNAME);
        assertThat(m.responses().get(1).status()).isEqualTo(404);
    }

    @Test
    void hrefsInsidePropertiesAndResourceTypesAreRead() throws Exception {
        Multistatus m = read("""
                <D:multistatus xmlns:D="DAV:"><D:response><D:href>/p/</D:href><D:propstat><D:prop>
                <D:current-user-principal><D:href> /principals/anna/ </D:href></D:current-user-principal>
                <D:resourcetype><D:collection/><card:addressbook xmlns:card="urn:ietf:params:xml:ns:carddav"/></D:resourcetype>
                </D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>
                """);

        DavXml.Response r = m.responses().get(0);
        assertThat(r.firstHref(DavXml.CURRENT_USER_PRINCIPAL)).isEqualTo("/principals/anna/");
        assertThat(r.hasType(DavXml.ADDRESSBOOK)).isTrue();
        assertThat(r.hasType(DavXml.COLLECTION)).isTrue();
    }

    @Test
    void anErrorBodyNamesItsCondition() {
        byte[] body = "<?xml version=\"1.0\"?><error xmlns=\"DAV:\"><valid-sync-token/></error>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(DavXml.readErrorConditions(body)).containsExactly(DavXml.VALID_SYNC_TOKEN);
        assertThat(DavXml.readErrorConditions("Forbidden".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityReadsAFile() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<multistatus xmlns=\"DAV:\"><response><href>&x;</href></response></multistatus>";

        assertThatThrownBy(() -> read(xml)).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void requestBodiesAreWellFormedAndEscaped() throws Exception {
        String body = new String(DavXml.multiget(List.of("/a/b&c<d>.vcf")), StandardCharsets.UTF_8);
        assertThat(body).contains("b&amp;c&lt;d&gt;.vcf").contains("urn:ietf:params:xml:ns:carddav");
        String mk = new String(DavXml.mkAddressBook("Kunden & Partner"), StandardCharsets.UTF_8);
        assertThat(mk).contains("Kunden &amp; Partner");
        // a propfind names each property in its own namespace
        String pf = new String(DavXml.propfind(List.of(DavXml.GETCTAG, new QName(DavXml.DAV, "getetag"))),
                StandardCharsets.UTF_8);
        assertThat(pf).contains("cs:getctag").contains("d:getetag");
    }
}
