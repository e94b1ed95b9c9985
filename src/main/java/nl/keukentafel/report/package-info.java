/**
 * Reports: the kenniscafé verslag, the casuïstiekbundel for education and the exports for analysis.
 * Everything they print comes from the released notes of the review area (consented, redacted,
 * without names), narrowed to the consent each purpose needs, and read again at every export, so a
 * note whose author withdrew consent is never printed again (docs/adr/0012).
 */
@NullMarked
package nl.keukentafel.report;

import org.jspecify.annotations.NullMarked;
