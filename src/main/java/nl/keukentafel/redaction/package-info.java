/**
 * Finding personal details in note texts, so that nothing that identifies a person leaves a table:
 * names, addresses, BSNs, phone numbers, e-mail addresses, IBANs, dates of birth, case numbers and
 * licence plates ({@link nl.keukentafel.redaction.PiiDetector}). Plain Java with no database, so it
 * also runs as a command for a privacy officer's own evaluation ({@code RedactCommand}); measured on
 * a labelled set (docs/redaction.md).
 */
@NullMarked
package nl.keukentafel.redaction;

import org.jspecify.annotations.NullMarked;
