/**
 * The live board: residents join a live conversation without an account, write notes into
 * categories, and every screen of the board shows every change within milliseconds. Live sync lives
 * here and only here (docs/adr/0007): each change commits with the board's next sequence number and
 * a PostgreSQL NOTIFY; one listener per node refreshes one in-memory copy per watched board and fans
 * it out to the screens, filtered per audience so anonymous names never reach other screens.
 */
@NullMarked
package nl.keukentafel.board;

import org.jspecify.annotations.NullMarked;
