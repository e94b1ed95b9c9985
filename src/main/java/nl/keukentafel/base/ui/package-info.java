/**
 * The staff application shell (main layout with role-based navigation, home view), the language
 * switch, error handling and small shared UI pieces.
 */
@NullMarked
package nl.keukentafel.base.ui;

import org.jspecify.annotations.NullMarked;
