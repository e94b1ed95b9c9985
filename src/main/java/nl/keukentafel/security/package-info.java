/**
 * Who may do what: staff login (accounts live in the account feature), roles, login throttling,
 * web and method security. Residents never log in; their access to one conversation is checked by
 * the services of the board feature.
 */
@NullMarked
package nl.keukentafel.security;

import org.jspecify.annotations.NullMarked;
