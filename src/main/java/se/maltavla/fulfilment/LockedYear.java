package se.maltavla.fulfilment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A plan year locked at year-end (docs/year-end.md): the version in force, the evaluation date its
 * figures were locked at, and when it was locked. The dashboard shows it on every figure view.
 */
public record LockedYear(int version, LocalDate evaluationDate, OffsetDateTime lockedAt) {}
