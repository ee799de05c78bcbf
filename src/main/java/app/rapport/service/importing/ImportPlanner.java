package app.rapport.service.importing;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactMerge;
import app.rapport.domain.contacts.NameKey;
import app.rapport.domain.contacts.PhoneKey;
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
 * Turns what the files gave into an {@link ImportPlan}: matches each record against the contacts in
 * Rapport and the earlier records by {@link Matcher} (strong evidence proposed as a merge, a possible
 * duplicate proposed for the user to decide), sets aside records Rapport already holds as they are, and
 * finds the other end of each tie: the works-at organisation by name (in the import, in Rapport, or
 * one to create) and related contacts by uid or name.
 */
final class ImportPlanner {
    private final PhoneKey phoneKey;
    private final Matcher matcher = new Matcher();
    private final ContactMerge merge;

    ImportPlanner(String defaultRegion, ContactMerge merge) {
        this.phoneKey = new PhoneKey(defaultRegion);
        this.merge = merge;
    }

    ImportPlan plan(List<ReadResult> files, List<KnownContact> known,
                    Function<Collection<Long>, Map<Long, Contact>> load) {
        return plan(files, known, load, null);
    }

    /** @param homeCountry the country numbers without a country code are read in; null for the planner's own */
    ImportPlan plan(List<ReadResult> files, List<KnownContact> known,
                    Function<Collection<Long>, Map<Long, Contact>> load, String homeCountry) {
        return planAgainst(files, wanted -> known, load, homeCountry);
    }

    /**
     * Plans against the contacts {@code known} gives for what the records could match by: those
     * sharing a UID, an email, a phone, a name, or the name of an organisation or person a tie names.
     */
    ImportPlan planAgainst(List<ReadResult> files, Function<KnownLookup, List<KnownContact>> known,
                           Function<Collection<Long>, Map<Long, Contact>> load, String homeCountry) {
        PhoneKey phones = homeCountry == null || homeCountry.isBlank() ? phoneKey : new PhoneKey(homeCountry);
        List<ImportedRecord> records = new ArrayList<>();
        List<String> books = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            ReadResult file = files.get(f);
            records.addAll(file.records());
            for (int i = 0; i < file.records().size(); i++) {
                books.add(f + " " + file.file());
            }
            problems.addAll(file.problems().stream()
                    .sorted(Comparator.comparingInt((ImportProblem p) -> p.at().line())).toList());
        }
        List<MatchKeys> recordKeys = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ImportedRecord r = records.get(i);
            recordKeys.add(MatchKeys.of(r.contact(), r.uid(), books.get(i), phones));
        }
        List<KnownContact> candidates = known.apply(lookup(records, recordKeys, phones));
        List<ProposedMerge> proposals = match(records, recordKeys, candidates, phones);
        Set<Long> targets = new TreeSet<>();
        proposals.stream().filter(ProposedMerge::intoExisting).forEach(p -> targets.add(p.existingId()));
        Map<Long, Contact> existing = targets.isEmpty() ? Map.of() : load.apply(targets);
        Map<Integer, Long> alreadyThere = new HashMap<>();
        List<ProposedMerge> merges = new ArrayList<>();
        for (ProposedMerge p : proposals) {
            Contact record = records.get(p.record()).contact();
            Contact other = p.intoExisting() ? existing.get(p.existingId()) : records.get(p.otherRecord()).contact();
            if (p.intoExisting() && other == null) {
                continue; // gone since it was listed: the record comes in as new
            }
            if (p.intoExisting() && p.acceptedByDefault() && merge.addsNothing(other, record)) {
                alreadyThere.put(p.record(), p.existingId());
            } else {
                merges.add(new ProposedMerge(merges.size(), p.record(), p.existingId(), p.otherRecord(),
                        p.otherName(), p.match(), merge.conflicts(other, record)));
            }
        }
        List<PlannedTie> ties = new Ties(records, candidates, problems).plan(alreadyThere.keySet());
        return new ImportPlan(files, records, problems, merges, alreadyThere, ties);
    }

    /**
     * For each record, the best match at or above {@link Matcher#POSSIBLE_AT}: a contact in Rapport
     * when it scores at least as well as the best earlier record, else that record.
     */
    private List<ProposedMerge> match(List<ImportedRecord> records, List<MatchKeys> recordKeys,
                                      List<KnownContact> known, PhoneKey phoneKey) {
        Matcher.Index<KnownContact> inRapport = new Matcher.Index<>();
        Map<Long, MatchKeys> knownKeys = new HashMap<>();
        for (KnownContact k : known) {
            MatchKeys keys = k.keys(phoneKey);
            knownKeys.put(k.id(), keys);
            inRapport.add(keys, k);
        }
        Matcher.Index<Integer> earlier = new Matcher.Index<>();
        List<ProposedMerge> proposals = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            MatchKeys keys = recordKeys.get(i);
            KnownContact bestKnown = null;
            Matcher.Match knownMatch = Matcher.NONE;
            for (KnownContact k : inRapport.candidates(keys)) {
                Matcher.Match m = matcher.compare(keys, knownKeys.get(k.id()));
                if (m.score() > knownMatch.score()) {
                    bestKnown = k;
                    knownMatch = m;
                }
            }
            int bestRecord = -1;
            Matcher.Match recordMatch = Matcher.NONE;
            for (int j : earlier.candidates(keys)) {
                Matcher.Match m = matcher.compare(keys, recordKeys.get(j));
                if (m.score() > recordMatch.score()) {
                    bestRecord = j;
                    recordMatch = m;
                }
            }
            if (bestKnown != null && knownMatch.score() >= Matcher.POSSIBLE_AT
                    && knownMatch.score() >= recordMatch.score()) {
                proposals.add(new ProposedMerge(proposals.size(), i, bestKnown.id(), -1, bestKnown.displayName(),
                        knownMatch, List.of()));
            } else if (bestRecord >= 0 && recordMatch.score() >= Matcher.POSSIBLE_AT) {
                proposals.add(new ProposedMerge(proposals.size(), i, 0, bestRecord,
                        records.get(bestRecord).contact().displayName(), recordMatch, List.of()));
            }
            earlier.add(keys, i);
        }
        return proposals;
    }

    /**
     * Everything the records could find a contact in Rapport by: what {@link Matcher.Index} indexes
     * (UID, emails, phones, name) and the name keys {@link Ties} looks organisations and people up by.
     */
    private static KnownLookup lookup(List<ImportedRecord> records, List<MatchKeys> recordKeys, PhoneKey phoneKey) {
        Set<String> uids = new java.util.HashSet<>();
        Set<String> emails = new java.util.HashSet<>();
        Set<String> phones = new java.util.HashSet<>();
        Set<String> names = new java.util.HashSet<>();
        Set<String> nameKeys = new java.util.HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            MatchKeys k = recordKeys.get(i);
            if (!k.uid().isEmpty()) {
                uids.add(k.uid());
            }
            emails.addAll(k.emails());
            phones.addAll(k.phones());
            if (!k.name().isEmpty()) {
                names.add(k.name());
            }
            ImportedRecord r = records.get(i);
            if (!r.employer().isEmpty()) {
                nameKeys.add(NameKey.of(r.employer()));
            }
            for (ImportedTie t : r.ties()) {
                if (!t.otherName().isEmpty()) {
                    nameKeys.add(NameKey.of(t.otherName()));
                }
            }
        }
        return new KnownLookup(uids, emails, phones, phoneKey.region(), names, nameKeys);
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

        /** The ties of every record but those Rapport already holds as they are: theirs are made. */
        List<PlannedTie> plan(Set<Integer> alreadyThere) {
            List<PlannedTie> ties = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (alreadyThere.contains(i)) {
                    continue;
                }
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
                return PlannedTie.toRecord(from, record, app.rapport.domain.ties.TieType.WORKS_AT);
            }
            Long id = knownOrganisations.get(key);
            if (id != null) {
                return PlannedTie.toExisting(from, id, app.rapport.domain.ties.TieType.WORKS_AT);
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
