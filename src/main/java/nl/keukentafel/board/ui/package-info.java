/**
 * The three views of a live board (facilitator, resident tablet, projector), joining, and the
 * read-only board for review. Screens watch the board through the board service and render only
 * the audience-filtered view they receive.
 */
@NullMarked
package nl.keukentafel.board.ui;

import org.jspecify.annotations.NullMarked;
