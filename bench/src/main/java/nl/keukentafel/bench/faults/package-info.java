/**
 * The fault suite (issue 14): the live-board benchmark's tablets and nothing-lost check, under
 * faults injected while notes are written: a node killed, PostgreSQL stopped, the LISTEN
 * connection ended, tablets cut off, every note sent twice, boards closed. Run with
 * bench/faults.sh; see bench/README.md.
 */
@NullMarked
package nl.keukentafel.bench.faults;

import org.jspecify.annotations.NullMarked;
