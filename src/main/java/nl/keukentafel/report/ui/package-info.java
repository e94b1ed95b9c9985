/** The screens of the reports: the list, the report editor and the case bundle editor. */
@NullMarked
package nl.keukentafel.report.ui;

import org.jspecify.annotations.NullMarked;
