/** The feature's command of the headless command line (jobs/year-end), offered to {@link se.maltavla.Application}. */
@NamedInterface("cli")
package se.maltavla.yearend.cli;

import org.springframework.modulith.NamedInterface;
