package nl.keukentafel.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A closed conversation a report can be about: its question and filing, and how many notes it released. */
public record SourceConversation(
        long id,
        String title,
        String residentQuestion,
        LocalDate heldOn,
        String theme,
        String werkteam,
        String municipality,
        @Nullable String neighbourhood,
        int releasedNotes) {}
