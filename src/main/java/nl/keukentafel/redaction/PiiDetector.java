package nl.keukentafel.redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the personal details in a text (docs/redaction.md). Thread-safe; its word lists are read
 * once. Where findings overlap, the kind that comes first in {@link PiiType} wins, then the longer.
 */
@Component
public class PiiDetector {

    private final IdentifierFinder identifiers = new IdentifierFinder();
    private final AddressFinder addresses;
    private final PersonFinder persons;

    public PiiDetector() {
        NameLists names = NameLists.load();
        this.addresses = new AddressFinder(names);
        this.persons = new PersonFinder(names);
    }

    /**
     * The personal details in {@code text}, in text order, not overlapping. {@code knownNames} are
     * the names of the people at the table and the facilitator: always found, whole and in parts.
     */
    /** Only the names of the people at the table, whole and in parts: what no correction may keep. */
    public List<PiiSpan> knownNames(String text, Collection<String> knownNames) {
        List<PiiSpan> found = new ArrayList<>();
        persons.known(text, knownNames, found);
        return List.copyOf(found);
    }

    public List<PiiSpan> detect(String text, Collection<String> knownNames) {
        List<PiiSpan> candidates = new ArrayList<>();
        identifiers.find(text, candidates);
        addresses.find(text, candidates);
        persons.find(text, knownNames, candidates);
        yieldToNames(text, candidates);
        candidates.sort(Comparator.comparing(PiiSpan::type)
                .thenComparing(Comparator.comparingInt(PiiSpan::length).reversed()));
        List<PiiSpan> kept = new ArrayList<>();
        for (PiiSpan candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PiiSpan::start));
        return List.copyOf(kept);
    }

    /**
     * A street may take up to three words before its street word, so it can swallow the name of
     * the person who lives there ("Fatima El Idrissi op Kastanjelaan 41"). An address that starts
     * inside a name found before it starts after that name instead, at its next capitalised word.
     */
    private static void yieldToNames(String text, List<PiiSpan> candidates) {
        List<PiiSpan> persons = candidates.stream()
                .filter(span -> span.type() == PiiType.PERSON)
                .toList();
        for (int k = 0; k < candidates.size(); k++) {
            PiiSpan address = candidates.get(k);
            if (address.type() != PiiType.ADDRESS) {
                continue;
            }
            for (PiiSpan person : persons) {
                if (person.start() < address.start()
                        && person.end() > address.start()
                        && person.end() < address.end()) {
                    int start = person.end();
                    while (start < address.end() && !Character.isUpperCase(text.charAt(start))) {
                        start++;
                    }
                    if (start < address.end()) {
                        candidates.set(k, new PiiSpan(start, address.end(), PiiType.ADDRESS));
                    }
                    break;
                }
            }
        }
    }
}
