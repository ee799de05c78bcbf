package app.rapport.demo;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.PostalAddress;

/**
 * An organisation of the demo network with what its people borrow from it.
 *
 * @param domain mail and web domain, always under .example or .test
 * @param office its address, or null when it has none
 */
record DemoOrganisation(int index, Community community, String name, String domain, PostalAddress office,
                        Contact contact) {
}
