/**
 * Preparing and running conversations: what a conversation is about (theme, resident question,
 * place, time, board template), going live with a join code, and closing. Lifecycle changes are
 * published as past-tense events that the board feature turns into live updates.
 */
@NullMarked
package nl.keukentafel.conversation;

import org.jspecify.annotations.NullMarked;
