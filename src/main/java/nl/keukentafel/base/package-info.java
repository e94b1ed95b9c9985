/**
 * Shared foundations every feature may use: languages and translations, date formatting, the
 * audit log, and the settings of the push connections every live screen keeps open. Holds no
 * feature logic.
 */
@NullMarked
package nl.keukentafel.base;

import org.jspecify.annotations.NullMarked;
