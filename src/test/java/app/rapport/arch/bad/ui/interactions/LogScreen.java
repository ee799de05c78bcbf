package app.rapport.arch.bad.ui.interactions;

/** ... which uses the first back: a cycle between two feature packages. */
public class LogScreen {
    public app.rapport.arch.bad.ui.contacts.ContactsScreen picker;
}
