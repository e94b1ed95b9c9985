package nl.keukentafel.reference;

import java.util.List;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads reference data for every staff member; admins add, rename, deactivate and reactivate. */
@Service
public class ReferenceDataService {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 1000;

    private final ReferenceRepository repository;

    ReferenceDataService(ReferenceRepository repository) {
        this.repository = repository;
    }

    /** All entries of a kind, active and inactive, by name. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<ReferenceItem> list(ReferenceKind kind) {
        return repository.findAll(kind);
    }

    /** The entries that can be chosen for a new conversation. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<ReferenceItem> listActive(ReferenceKind kind) {
        return repository.findAll(kind).stream().filter(ReferenceItem::active).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public ReferenceItem add(ReferenceKind kind, String name, String description, @Nullable Long parentId) {
        String cleanName = validName(name);
        String cleanDescription = validDescription(description);
        if (kind == ReferenceKind.NEIGHBOURHOOD) {
            if (parentId == null) {
                throw new UserMessageException("reference.error.municipality-required");
            }
            requireExisting(ReferenceKind.MUNICIPALITY, parentId);
        }
        if (kind == ReferenceKind.THEME && parentId != null) {
            requireExisting(ReferenceKind.WERKTEAM, parentId);
        }
        if (repository.nameExists(kind, cleanName, parentId, 0)) {
            throw new UserMessageException("reference.error.duplicate", cleanName);
        }
        long id = repository.insert(kind, cleanName, cleanDescription, parentId);
        audit("reference.added", kind, id, cleanName);
        return requireExisting(kind, id);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public ReferenceItem rename(ReferenceKind kind, long id, String name, String description) {
        ReferenceItem existing = requireExisting(kind, id);
        String cleanName = validName(name);
        if (repository.nameExists(kind, cleanName, existing.parentId(), id)) {
            throw new UserMessageException("reference.error.duplicate", cleanName);
        }
        repository.update(kind, id, cleanName, validDescription(description));
        audit("reference.renamed", kind, id, cleanName);
        return requireExisting(kind, id);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public ReferenceItem setActive(ReferenceKind kind, long id, boolean active) {
        ReferenceItem existing = requireExisting(kind, id);
        repository.setActive(kind, id, active);
        audit(active ? "reference.activated" : "reference.deactivated", kind, id, existing.name());
        return requireExisting(kind, id);
    }

    private ReferenceItem requireExisting(ReferenceKind kind, long id) {
        return repository.findById(kind, id).orElseThrow(() -> new UserMessageException("reference.error.not-found"));
    }

    private static String validName(String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new UserMessageException("reference.error.name", MAX_NAME);
        }
        return clean;
    }

    private static String validDescription(String description) {
        String clean = description.strip();
        if (clean.length() > MAX_DESCRIPTION) {
            throw new UserMessageException("reference.error.description", MAX_DESCRIPTION);
        }
        return clean;
    }

    private static void audit(String event, ReferenceKind kind, long id, String name) {
        AuditLog.event(event, "by", CurrentStaff.username().orElse("system"), "kind", kind, "id", id, "name", name);
    }
}
