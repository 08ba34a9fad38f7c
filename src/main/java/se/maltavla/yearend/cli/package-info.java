/**
 * {@code jobs/year-end}: the year-end from the command line, acting as the server's operator (as
 * {@code jobs/import} does). One {@link se.maltavla.yearend.cli.YearEndSubcommand} per subcommand:
 * lock, reopen, report (and any added later); offered to {@link se.maltavla.Application}.
 */
@NamedInterface("cli")
package se.maltavla.yearend.cli;

import org.springframework.modulith.NamedInterface;
