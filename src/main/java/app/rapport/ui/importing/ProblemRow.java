package app.rapport.ui.importing;

import app.rapport.io.importing.ImportProblem;

/** One problem of the preview: where ("contacts.vcf:14"), its message key and arguments, and whether the record is left out. */
public record ProblemRow(String where, String messageKey, Object[] args, boolean skipped) {
    /** The reader's words for a CSV of unknown columns, which ask for a column mapping. */
    static final String UNKNOWN_CSV = "import.problem.unknownCsv";

    static ProblemRow of(ImportProblem p) {
        // the window has no column mapping: it says where one can be given rather than ask for it
        String key = UNKNOWN_CSV.equals(p.messageKey()) ? UNKNOWN_CSV + ".window" : p.messageKey();
        return new ProblemRow(p.at().where(), key, p.args().toArray(), p.skipped());
    }
}
