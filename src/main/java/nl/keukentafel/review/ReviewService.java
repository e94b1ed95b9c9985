package nl.keukentafel.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terugkijken: every released note of every closed conversation, searched in Dutch, filtered and
 * counted per facet, and tagged by the team. Team members and admins see all conversations, a
 * facilitator only their own; only team members and admins tag (docs/adr/0011).
 */
@Service
public class ReviewService {

    /** The most notes one page of results holds. */
    public static final int MAX_PAGE = 200;

    /** How many notes before and after a note its context shows. */
    static final int CONTEXT = 5;

    private final ReviewRepository repository;
    private final TagRepository tags;
    private final InsightRepository insights;
    private final Placeholders placeholders;
    private final FacetIndex facets;

    ReviewService(
            ReviewRepository repository,
            TagRepository tags,
            InsightRepository insights,
            Placeholders placeholders,
            FacetIndex facets) {
        this.repository = repository;
        this.tags = tags;
        this.insights = insights;
        this.placeholders = placeholders;
        this.facets = facets;
    }

    /** One page of the selection's notes: by relevance when searching, else newest first. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<ReleasedNote> search(ReviewSelection selection, int offset, int limit, Locale locale) {
        int size = Math.clamp(limit, 0, MAX_PAGE);
        return repository.page(selection, ReviewScope.current(), Math.max(0, offset), size).stream()
                .map(note -> placeholders.localize(note, locale))
                .toList();
    }

    /** How many notes the selection holds. */
    @PreAuthorize(Roles.IS_STAFF)
    public int count(ReviewSelection selection) {
        return counts(selection).total();
    }

    /**
     * How many notes the selection holds and, per facet, how many have each value; a facet's own
     * filter is left out of its counts, so its other values stay in view.
     */
    @PreAuthorize(Roles.IS_STAFF)
    // No transaction of its own: FacetIndex reads in its own repeatable-read transaction, and one
    // request must never hold two pooled connections at once.
    public ReviewCounts counts(ReviewSelection selection) {
        ReviewScope scope = ReviewScope.current();
        return facets.count(selection, repository.conversations(scope), repository.matching(selection, scope));
    }

    /**
     * Every note of the selection, newest first, for an export: only released notes, in the staff
     * member's scope.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<NoteId> noteIds(ReviewSelection selection) {
        return repository.ids(selection, ReviewScope.current());
    }

    /** These notes as far as they are released and the staff member may review them. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<ReleasedNote> notes(List<NoteId> ids, Locale locale) {
        return repository.byIds(ids, ReviewScope.current()).stream()
                .map(note -> placeholders.localize(note, locale))
                .toList();
    }

    /** A released note with the notes around it on its board, its insights and its tag history. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public NoteInContext context(NoteId id, Locale locale) {
        ReviewScope scope = ReviewScope.current();
        List<ReleasedNote> board = repository
                .conversationOf(id, scope)
                .map(conversation -> repository.ofConversation(conversation, scope))
                .orElseThrow(() -> new UserMessageException("review.error.not-found"));
        int at = 0;
        while (at < board.size() && !board.get(at).id().equals(id)) {
            at++;
        }
        if (at == board.size()) {
            throw new UserMessageException("review.error.not-found");
        }
        List<ReleasedNote> local =
                board.stream().map(n -> placeholders.localize(n, locale)).toList();
        List<Long> supported = insights.supportedBy(id);
        return new NoteInContext(
                local.get(at),
                local.subList(Math.max(0, at - CONTEXT), at),
                local.subList(at + 1, Math.min(local.size(), at + 1 + CONTEXT)),
                supported.isEmpty() || scope.facilitator() != null
                        ? List.of()
                        : insights.list(InsightFilter.ALL, supported),
                tags.history(id));
    }

    /**
     * Tags several released notes at once: adds the regulations and, when given, sets the effect.
     * Returns how many notes changed.
     */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional
    public int tag(Collection<NoteId> notes, Collection<Long> regulations, @Nullable Effect effect) {
        if (regulations.isEmpty() && effect == null) {
            throw new UserMessageException("review.error.no-tag");
        }
        for (long regulation : regulations) {
            if (!tags.regulationIsActive(regulation)) {
                throw new UserMessageException("review.error.unknown-regulation");
            }
        }
        List<NoteId> released = released(notes);
        String actor = actor();
        int changed = 0;
        for (NoteId note : released) {
            boolean any = false;
            for (long regulation : regulations) {
                any |= tags.addRegulation(note, regulation, actor);
            }
            if (effect != null) {
                any |= tags.setEffect(note, effect, actor);
            }
            changed += any ? 1 : 0;
        }
        return changed;
    }

    /** Takes a regulation off a note. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional
    public void removeRegulation(NoteId note, long regulation) {
        released(List.of(note));
        tags.removeRegulation(note, regulation, actor());
    }

    /** Takes the effect off a note. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional
    public void clearEffect(NoteId note) {
        released(List.of(note));
        tags.clearEffect(note, actor());
    }

    /** Every note must be released and in the scope; otherwise nothing happens. */
    private List<NoteId> released(Collection<NoteId> notes) {
        List<NoteId> wanted = new ArrayList<>(notes.stream().distinct().toList());
        if (wanted.isEmpty()) {
            throw new UserMessageException("review.error.no-notes");
        }
        List<NoteId> found = repository.released(wanted, ReviewScope.current());
        if (found.size() != wanted.size()) {
            throw new UserMessageException("review.error.not-found");
        }
        return wanted;
    }

    static String actor() {
        return CurrentStaff.username().orElseThrow();
    }
}
