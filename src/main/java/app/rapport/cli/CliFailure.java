package app.rapport.cli;

/** Something the user can fix, said in one sentence; printed after "rapport: " with exit code 1. */
final class CliFailure extends RuntimeException {
    CliFailure(String message) {
        super(message);
    }
}
