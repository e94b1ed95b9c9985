/** Facilitators' screens: their conversations by status, and the preparation form. */
@NullMarked
package nl.keukentafel.conversation.ui;

import org.jspecify.annotations.NullMarked;
