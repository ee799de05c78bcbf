package app.rapport.cli;

import picocli.CommandLine.Option;

/** {@code --help} for the commands; the version belongs to {@code rapport} itself. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;
}
