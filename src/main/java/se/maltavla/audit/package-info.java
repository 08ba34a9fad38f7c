/**
 * Who did what (docs/audit.md): the audit log of every change a person makes. A feature that
 * changes something by a person's hand publishes an {@link se.maltavla.audit.AuditEvent} inside
 * the change's transaction; this feature stores it there, with who, when and from where, so that
 * the change is not committed without its entry. Coordinators read the log ({@link
 * se.maltavla.audit.AuditLog}); nothing in Måltavla changes or deletes an entry but the retention
 * purge.
 */
package se.maltavla.audit;
