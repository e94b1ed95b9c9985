/** The staff login view. */
@NullMarked
package nl.keukentafel.security.ui;

import org.jspecify.annotations.NullMarked;
