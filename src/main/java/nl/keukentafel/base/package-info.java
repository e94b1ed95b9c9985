/**
 * Shared foundations every feature may use: languages and translations, date formatting, the
 * audit log. Holds no feature logic.
 */
@NullMarked
package nl.keukentafel.base;

import org.jspecify.annotations.NullMarked;
