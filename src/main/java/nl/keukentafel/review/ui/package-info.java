/**
 * The review area's screens: Terugkijken (search, filters, tags), the Overzicht with its charts, and
 * the insights. Other features reach them through {@link nl.keukentafel.review.ui.ReviewNavigation}.
 */
@NullMarked
package nl.keukentafel.review.ui;

import org.jspecify.annotations.NullMarked;
