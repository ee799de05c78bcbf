package app.rapport.arch.bad.service;

/** Breaks the rules on purpose (see CyclesTest): a service that uses a file format ... */
public class Planner {
    public app.rapport.arch.bad.io.Reader reader;
}
