/**
 * The review area: team members find, tag and connect what was heard across closed conversations.
 * It reads only the released notes the board's release gate writes ({@code released_note}:
 * consented, redacted, without names), never the note table itself (docs/adr/0011).
 */
@NullMarked
package nl.keukentafel.review;

import org.jspecify.annotations.NullMarked;
