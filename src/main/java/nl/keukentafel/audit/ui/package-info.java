/** The admin's screen on the audit trail. */
@NullMarked
package nl.keukentafel.audit.ui;

import org.jspecify.annotations.NullMarked;
