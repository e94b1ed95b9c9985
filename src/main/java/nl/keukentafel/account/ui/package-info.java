/** Admin screen for staff accounts. */
@NullMarked
package nl.keukentafel.account.ui;

import org.jspecify.annotations.NullMarked;
