package nl.keukentafel.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.NoteId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inzichten: what the team now knows, each linked to the released notes that support it, from one
 * or more conversations. Every saved version is kept. Team members and admins only (docs/adr/0011).
 */
@Service
@PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
public class InsightService {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4000;

    private final InsightRepository insights;
    private final ReviewRepository notes;
    private final Placeholders placeholders;

    InsightService(InsightRepository insights, ReviewRepository notes, Placeholders placeholders) {
        this.insights = insights;
        this.notes = notes;
        this.placeholders = placeholders;
    }

    /** Saves a new insight; returns its id. */
    @Transactional
    public long create(InsightDraft draft) {
        validate(draft);
        return insights.insert(draft, ReviewService.actor());
    }

    /**
     * Saves a new version of an insight, unless someone else saved one since {@code version} was
     * read (then nothing is lost: the message asks to open it again).
     */
    @Transactional
    public void update(long id, int version, InsightDraft draft) {
        InsightRepository.Stored stored =
                insights.find(id).orElseThrow(() -> new UserMessageException("insight.error.not-found"));
        validate(draft);
        // Links to notes that are not released now (consent lowered since) stay: the editor cannot
        // show them, and they count again when their author releases them again.
        List<NoteId> released = notes.released(stored.linked(), ReviewScope.current());
        List<NoteId> kept = new ArrayList<>(draft.notes());
        stored.linked().stream()
                .filter(note -> !released.contains(note) && !kept.contains(note))
                .forEach(kept::add);
        InsightDraft saved = new InsightDraft(
                draft.title(), draft.body(), draft.themeId(), draft.werkteamId(), draft.status(), kept);
        if (!insights.update(id, version, saved, ReviewService.actor())) {
            throw new UserMessageException("insight.error.changed");
        }
    }

    /** An insight with its evidence as it is released now. */
    @Transactional(readOnly = true)
    public Insight get(long id, Locale locale) {
        InsightRepository.Stored stored =
                insights.find(id).orElseThrow(() -> new UserMessageException("insight.error.not-found"));
        List<ReleasedNote> evidence = notes.byIds(stored.linked(), ReviewScope.current()).stream()
                .map(note -> placeholders.localize(note, locale))
                .toList();
        Set<Long> conversations = new HashSet<>();
        Set<String> municipalities = new HashSet<>();
        evidence.forEach(note -> {
            conversations.add(note.conversationId().value());
            municipalities.add(note.municipality());
        });
        return new Insight(
                stored.id(),
                stored.title(),
                stored.body(),
                stored.themeId(),
                stored.themeName(),
                stored.werkteamId(),
                stored.werkteamName(),
                stored.status(),
                stored.version(),
                stored.createdBy(),
                stored.createdAt(),
                stored.updatedBy(),
                stored.updatedAt(),
                evidence,
                conversations.size(),
                municipalities.size(),
                stored.linked().size() - evidence.size());
    }

    /** The insights that match the filter, most recently changed first. */
    @Transactional(readOnly = true)
    public List<Insight.Summary> list(InsightFilter filter) {
        return insights.list(filter, List.of());
    }

    /** Every saved version of an insight, newest first. */
    @Transactional(readOnly = true)
    public List<Insight.Revision> history(long id) {
        insights.find(id).orElseThrow(() -> new UserMessageException("insight.error.not-found"));
        return insights.revisions(id);
    }

    /** The insights a note supports. */
    @Transactional(readOnly = true)
    public List<Insight.Summary> supportedBy(NoteId note) {
        List<Long> ids = insights.supportedBy(note);
        return ids.isEmpty() ? List.of() : insights.list(InsightFilter.ALL, ids);
    }

    private void validate(InsightDraft draft) {
        if (draft.title().isEmpty() || draft.title().length() > MAX_TITLE) {
            throw new UserMessageException("insight.error.title");
        }
        if (draft.body().isEmpty() || draft.body().length() > MAX_BODY) {
            throw new UserMessageException("insight.error.body");
        }
        if (!insights.themeAndTeamExist(draft.themeId(), draft.werkteamId())) {
            throw new UserMessageException("insight.error.theme");
        }
        if (draft.notes().isEmpty()) {
            throw new UserMessageException("insight.error.no-notes");
        }
        if (notes.released(draft.notes(), ReviewScope.current()).size()
                != draft.notes().size()) {
            throw new UserMessageException("insight.error.note-gone");
        }
    }
}
