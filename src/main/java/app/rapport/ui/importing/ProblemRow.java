package app.rapport.ui.importing;

import app.rapport.io.importing.ImportProblem;

/** One problem of the preview: where ("contacts.vcf:14"), its message key and arguments, and whether the record is left out. */
public record ProblemRow(String where, String messageKey, Object[] args, boolean skipped) {
    /** The reader's words for a CSV of unknown columns, which ask for a column mapping. */
    static final String UNKNOWN_CSV = "import.problem.unknownCsv";
    /** problems whose remedy the window offers otherwise than the command line: worded for it in "key.window" */
    private static final java.util.Set<String> WORDED_FOR_WINDOW = java.util.Set.of(UNKNOWN_CSV,
            "import.problem.encodingUnsure", "import.problem.datesAmbiguous", "import.problem.noHomeCountry",
            "import.problem.backup");

    static ProblemRow of(ImportProblem p) {
        // e.g. the window has no column mapping: it says where one can be given rather than ask for it
        String key = WORDED_FOR_WINDOW.contains(p.messageKey()) ? p.messageKey() + ".window" : p.messageKey();
        return new ProblemRow(p.at().where(), key, p.args().toArray(), p.skipped());
    }
}
