package app.rapport.arch.bad.ui.contacts;

/** Breaks the rules on purpose (see CyclesTest): one feature of the UI using another ... */
public class ContactsScreen {
    public app.rapport.arch.bad.ui.interactions.LogScreen log;
}
