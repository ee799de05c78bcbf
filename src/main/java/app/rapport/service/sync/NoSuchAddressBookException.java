package app.rapport.service.sync;

import java.util.List;

/** The server has no address book by the name the user gave; {@link #paths()} are the ones it has. */
public final class NoSuchAddressBookException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> paths;

    NoSuchAddressBookException(String name, List<String> paths) {
        super("no address book \"" + name + "\"");
        this.paths = List.copyOf(paths);
    }

    /** The paths of the address books the server does have, for the user to pick from. */
    public List<String> paths() {
        return paths;
    }
}
