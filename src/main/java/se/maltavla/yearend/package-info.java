/**
 * The year-end follow-up (docs/year-end.md): what is missing before locking, the lock of a
 * municipality's plan year with its immutable snapshot, reopening and versions, and from one
 * snapshot the council's written report, its presentation and the steering group's pack.
 */
package se.maltavla.yearend;
