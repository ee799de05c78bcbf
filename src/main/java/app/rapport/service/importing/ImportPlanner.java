package app.rapport.service.importing;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactKind;
import app.rapport.domain.ContactMerge;
import app.rapport.domain.NameKey;
import app.rapport.io.importing.ImportProblem;
import app.rapport.io.importing.ImportedRecord;
import app.rapport.io.importing.ImportedTie;
import app.rapport.io.importing.ReadResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns what the files gave into an {@link ImportPlan}: proposes merges, sets aside records Rapport
 * already holds as they are, and finds the other end of each tie: the works-at organisation by name
 * (in the import, in Rapport, or one to create) and related contacts by uid or name.
 */
final class ImportPlanner {
    private final DuplicateFinder finder;
    private final ContactMerge merge;

    ImportPlanner(DuplicateFinder finder, ContactMerge merge) {
        this.finder = finder;
        this.merge = merge;
    }

    ImportPlan plan(List<ReadResult> files, List<KnownContact> known,
                    Function<Collection<Long>, Map<Long, Contact>> load) {
        List<ImportedRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (ReadResult file : files) {
            records.addAll(file.records());
            problems.addAll(file.problems().stream()
                    .sorted(Comparator.comparingInt((ImportProblem p) -> p.at().line())).toList());
        }
        List<ProposedMerge> proposals = finder.find(records.stream().map(ImportedRecord::contact).toList(), known);
        Set<Long> targets = new TreeSet<>();
        proposals.stream().filter(ProposedMerge::intoExisting).forEach(p -> targets.add(p.existingId()));
        Map<Long, Contact> existing = targets.isEmpty() ? Map.of() : load.apply(targets);
        Map<Integer, Long> alreadyThere = new HashMap<>();
        List<ProposedMerge> merges = new ArrayList<>();
        for (ProposedMerge p : proposals) {
            Contact current = existing.get(p.existingId());
            if (p.intoExisting() && current != null && p.acceptedByDefault()
                    && merge.addsNothing(current, records.get(p.record()).contact())) {
                alreadyThere.put(p.record(), p.existingId());
            } else {
                merges.add(new ProposedMerge(merges.size(), p.record(), p.existingId(), p.otherRecord(), p.otherName(),
                        p.reason(), p.detail(), p.acceptedByDefault()));
            }
        }
        List<PlannedTie> ties = new Ties(records, known, problems).plan();
        return new ImportPlan(files, records, problems, merges, alreadyThere, ties);
    }

    /** The other end of each tie the records name. */
    private static final class Ties {
        private final List<ImportedRecord> records;
        private final List<ImportProblem> problems;
        private final Map<String, Integer> byUid = new HashMap<>();
        private final Map<String, List<Integer>> recordsByName = new HashMap<>();
        private final Map<String, Integer> organisationRecords = new HashMap<>();
        private final Map<String, List<Long>> knownByName = new HashMap<>();
        private final Map<String, Long> knownOrganisations = new HashMap<>();

        Ties(List<ImportedRecord> records, List<KnownContact> known, List<ImportProblem> problems) {
            this.records = records;
            this.problems = problems;
            for (int i = 0; i < records.size(); i++) {
                ImportedRecord r = records.get(i);
                if (!r.uid().isEmpty()) {
                    byUid.putIfAbsent(r.uid(), i);
                }
                String name = NameKey.of(r.contact());
                recordsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                if (r.contact().kind() == ContactKind.ORGANISATION) {
                    organisationRecords.putIfAbsent(name, i);
                }
            }
            for (KnownContact k : known) {
                knownByName.computeIfAbsent(k.nameKey(), x -> new ArrayList<>()).add(k.id());
                if (k.kind() == ContactKind.ORGANISATION) {
                    knownOrganisations.merge(k.nameKey(), k.id(), Math::min);
                }
            }
        }

        List<PlannedTie> plan() {
            List<PlannedTie> ties = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                ImportedRecord r = records.get(i);
                if (!r.employer().isEmpty()) {
                    ties.add(employer(i, r.employer()));
                }
                for (ImportedTie t : r.ties()) {
                    PlannedTie planned = related(i, t);
                    if (planned == null) {
                        problems.add(ImportProblem.changed(r.at(), "import.problem.tieUnknown",
                                t.otherName().isEmpty() ? t.otherUid() : t.otherName()));
                    } else {
                        ties.add(planned);
                    }
                }
            }
            return ties;
        }

        /** An organisation of the import first, then one in Rapport, else a new one. */
        private PlannedTie employer(int from, String name) {
            String key = NameKey.of(name);
            Integer record = organisationRecords.get(key);
            if (record != null) {
                return PlannedTie.toRecord(from, record, app.rapport.domain.TieType.WORKS_AT);
            }
            Long id = knownOrganisations.get(key);
            if (id != null) {
                return PlannedTie.toExisting(from, id, app.rapport.domain.TieType.WORKS_AT);
            }
            return PlannedTie.toNewOrganisation(from, name);
        }

        /** By uid in the import, else by a name that only one record, or else one contact, has. */
        private PlannedTie related(int from, ImportedTie t) {
            Integer byId = t.otherUid().isEmpty() ? null : byUid.get(t.otherUid());
            if (byId != null && byId != from) {
                return PlannedTie.toRecord(from, byId, t.type());
            }
            if (t.otherName().isEmpty()) {
                return null;
            }
            String key = NameKey.of(t.otherName());
            List<Integer> inImport = recordsByName.getOrDefault(key, List.of());
            if (inImport.size() == 1 && inImport.get(0) != from) {
                return PlannedTie.toRecord(from, inImport.get(0), t.type());
            }
            List<Long> inRapport = knownByName.getOrDefault(key, List.of());
            return inImport.isEmpty() && inRapport.size() == 1 ? PlannedTie.toExisting(from, inRapport.get(0), t.type())
                    : null;
        }
    }
}
