package app.rapport.ui.importing;

import app.rapport.io.importing.ImportProblem;

/** One problem of the preview: where ("contacts.vcf:14"), its message key and arguments, and whether the record is left out. */
public record ProblemRow(String where, String messageKey, Object[] args, boolean skipped) {
    static ProblemRow of(ImportProblem p) {
        return new ProblemRow(p.at().where(), p.messageKey(), p.args().toArray(), p.skipped());
    }
}
