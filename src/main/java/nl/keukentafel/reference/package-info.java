/**
 * Reference data that conversations are filed under: work teams (werkteams), themes,
 * municipalities (gemeenten) and their neighbourhoods (wijken). Admins add, rename and deactivate
 * entries; nothing is deleted, so past conversations keep their labels.
 */
@NullMarked
package nl.keukentafel.reference;

import org.jspecify.annotations.NullMarked;
