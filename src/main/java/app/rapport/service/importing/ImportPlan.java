package app.rapport.service.importing;

import app.rapport.io.importing.ImportProblem;
import app.rapport.io.importing.ImportedRecord;
import app.rapport.io.importing.ReadResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview of an import, nothing written yet: every readable record, every problem by file and
 * line, the merges proposed, the records already in Rapport as they are (record → contact id), and the
 * ties to make. Records are numbered by their place in {@code records}, across all files.
 */
public record ImportPlan(List<ReadResult> files, List<ImportedRecord> records, List<ImportProblem> problems,
                         List<ProposedMerge> merges, Map<Integer, Long> alreadyThere, List<PlannedTie> ties) {
    public ImportPlan {
        files = List.copyOf(files);
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        merges = List.copyOf(merges);
        alreadyThere = Map.copyOf(alreadyThere);
        ties = List.copyOf(ties);
    }

    /** Nothing readable in any file: there is nothing to import. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** The ids of the merges accepted unless the user says otherwise. */
    public Set<Integer> defaultAccepted() {
        Set<Integer> accepted = new HashSet<>();
        merges.stream().filter(ProposedMerge::acceptedByDefault).forEach(m -> accepted.add(m.id()));
        return accepted;
    }

    public ImportCounts counts(Set<Integer> accepted) {
        int merged = (int) merges.stream().filter(m -> accepted.contains(m.id())).count();
        int skipped = alreadyThere.size()
                + (int) problems.stream().filter(p -> p.skipped() && p.at().record() > 0).count();
        Set<String> organisations = new HashSet<>();
        ties.stream().filter(t -> !t.newOrganisation().isEmpty())
                .forEach(t -> organisations.add(app.rapport.domain.Text.fold(t.newOrganisation())));
        return new ImportCounts(records.size() - merged - alreadyThere.size(), merged, skipped, organisations.size(),
                ties.size());
    }
}
