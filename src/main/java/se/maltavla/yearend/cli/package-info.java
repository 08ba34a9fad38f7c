/**
 * {@code jobs/year-end}: the year-end from the command line, acting as the server's operator (as
 * {@code jobs/import} does). One {@link se.maltavla.yearend.cli.YearEndSubcommand} per subcommand:
 * lock, reopen, report, slides, changes; offered to {@link se.maltavla.Application}.
 */
@NamedInterface("cli")
package se.maltavla.yearend.cli;

import org.springframework.modulith.NamedInterface;
