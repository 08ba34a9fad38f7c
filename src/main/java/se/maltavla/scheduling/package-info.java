/**
 * More than one Måltavla instance on one database (docs/design-decisions/0024): the instance's
 * name, and the claim that lets exactly one instance run each firing of a scheduled job.
 */
package se.maltavla.scheduling;
