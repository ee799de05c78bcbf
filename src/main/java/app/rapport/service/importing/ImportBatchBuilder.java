package app.rapport.service.importing;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactMerge;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.io.importing.ImportedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what an accepted plan writes. Records merged with each other become one new contact; a group
 * with a contact in Rapport (an accepted merge, or a record already there) is merged into it; the rest
 * are added. Organisations named as employers and found nowhere are added once each.
 */
final class ImportBatchBuilder {
    private final ContactMerge merge;

    ImportBatchBuilder(ContactMerge merge) {
        this.merge = merge;
    }

    record Built(ImportBatch batch, ImportOutcome outcome) {
    }

    Built build(ImportPlan plan, Set<Integer> accepted, Map<Long, Contact> existing) {
        List<ImportedRecord> records = plan.records();
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, Long> into = new HashMap<>(plan.alreadyThere());
        int merged = 0;
        for (ProposedMerge m : plan.merges()) {
            if (!accepted.contains(m.id())) {
                continue;
            }
            merged++;
            if (m.intoExisting()) {
                into.putIfAbsent(m.record(), m.existingId());
            } else {
                union(parent, m.record(), m.otherRecord());
            }
        }
        // each group's contact in Rapport: the first any member was merged into
        Map<Integer, Long> groupTarget = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Long target = into.get(i);
            if (target != null && existing.containsKey(target)) {
                groupTarget.putIfAbsent(find(parent, i), target);
            }
        }
        List<Contact> newContacts = new ArrayList<>();
        List<String> newUids = new ArrayList<>();
        Map<Integer, Integer> newIndexOfGroup = new HashMap<>();
        Map<Long, Contact> updated = new LinkedHashMap<>();
        // a card matched to a contact without a UID gives it the card's, so the card matches it by UID next time
        Map<Long, String> cardUids = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            int root = find(parent, i);
            Contact c = records.get(i).contact();
            Long target = groupTarget.get(root);
            if (target != null) {
                if (!records.get(i).uid().isEmpty()) {
                    cardUids.putIfAbsent(target, records.get(i).uid());
                }
                Contact base = updated.getOrDefault(target, existing.get(target));
                updated.put(target, merge.combine(base, c));
            } else if (newIndexOfGroup.containsKey(root)) {
                int index = newIndexOfGroup.get(root);
                newContacts.set(index, merge.combine(newContacts.get(index), c));
                if (newUids.get(index).isEmpty()) {
                    newUids.set(index, records.get(i).uid());
                }
            } else {
                newIndexOfGroup.put(root, newContacts.size());
                newContacts.add(c);
                newUids.add(records.get(i).uid());
            }
        }
        int added = newContacts.size();
        Map<String, Integer> newOrganisations = new HashMap<>();
        Set<ImportBatch.NewTie> ties = new LinkedHashSet<>();
        for (PlannedTie t : plan.ties()) {
            ContactRef from = ref(find(parent, t.fromRecord()), groupTarget, newIndexOfGroup);
            ContactRef to;
            if (t.toRecord() >= 0) {
                to = ref(find(parent, t.toRecord()), groupTarget, newIndexOfGroup);
            } else if (t.toExisting() > 0) {
                to = ContactRef.existing(t.toExisting());
            } else {
                int index = newOrganisations.computeIfAbsent(Text.fold(t.newOrganisation()), k -> {
                    newContacts.add(Contact.newOrganisation(t.newOrganisation(), OrgKind.COMPANY));
                    return newContacts.size() - 1;
                });
                to = ContactRef.created(index);
            }
            if (!from.equals(to)) {
                ties.add(new ImportBatch.NewTie(from, to, t.type()));
            }
        }
        Map<ContactRef, String> met = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String text = howWeMet(records.get(i));
            if (!text.isEmpty()) {
                met.putIfAbsent(ref(find(parent, i), groupTarget, newIndexOfGroup), text);
            }
        }
        List<Contact> updates = new ArrayList<>();
        updated.forEach((id, c) -> {
            if (!c.equals(existing.get(id))) {
                updates.add(c);
            }
        });
        ImportBatch batch = new ImportBatch(newContacts, updates, List.copyOf(ties),
                met.entrySet().stream().map(e -> new ImportBatch.HowWeMet(e.getKey(), e.getValue())).toList(), newUids, cardUids);
        ImportOutcome outcome = new ImportOutcome(added, merged, plan.counts(accepted).toSkip(),
                newContacts.size() - added, false);
        return new Built(batch, outcome);
    }

    /** "LinkedIn, 2023-04-15"; empty when the file says nothing of it. */
    static String howWeMet(ImportedRecord r) {
        String day = r.metOn() == null ? "" : r.metOn().toString();
        return (r.metThrough().isEmpty() || day.isEmpty() ? r.metThrough() + day : r.metThrough() + ", " + day).strip();
    }

    private static ContactRef ref(int root, Map<Integer, Long> groupTarget, Map<Integer, Integer> newIndexOfGroup) {
        Long target = groupTarget.get(root);
        return target != null ? ContactRef.existing(target) : ContactRef.created(newIndexOfGroup.get(root));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the earlier record stays the root, so its data wins
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
