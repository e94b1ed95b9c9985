/**
 * The audit trail of what happens with personal data: consent changes and rounds, views of
 * original texts, redaction corrections, exports, erasures and retention runs. Who, when, which
 * object and how many notes; never the data itself (docs/privacy.md).
 */
@NullMarked
package nl.keukentafel.audit;

import org.jspecify.annotations.NullMarked;
