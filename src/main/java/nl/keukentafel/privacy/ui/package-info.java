/** The public privacy page, in plain language. */
@NullMarked
package nl.keukentafel.privacy.ui;

import org.jspecify.annotations.NullMarked;
