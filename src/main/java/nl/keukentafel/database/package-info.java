/**
 * Database set-up: the embedded PostgreSQL used when no external database is configured
 * (development, tests, demo). Schema changes live in Flyway migrations under db/migration.
 * See docs/adr/0003 and 0004.
 */
@NullMarked
package nl.keukentafel.database;

import org.jspecify.annotations.NullMarked;
