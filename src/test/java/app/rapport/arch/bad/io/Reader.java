package app.rapport.arch.bad.io;

/** ... and a file format that uses the service back: a cycle between two top-level packages. */
public class Reader {
    public app.rapport.arch.bad.service.Planner planner;
}
