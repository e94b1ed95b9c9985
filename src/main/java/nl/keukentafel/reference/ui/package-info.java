/** Admin screen for work teams, themes, municipalities and neighbourhoods. */
@NullMarked
package nl.keukentafel.reference.ui;

import org.jspecify.annotations.NullMarked;
