/**
 * Staff accounts (admins, facilitators, team members): stored in PostgreSQL with bcrypt password
 * hashes, managed by admins, the first admin created from configuration on first start.
 */
@NullMarked
package nl.keukentafel.account;

import org.jspecify.annotations.NullMarked;
