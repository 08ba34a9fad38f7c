/** The feature's command of the headless command line (jobs/), offered to {@link se.maltavla.Application}. */
@NamedInterface("cli")
package se.maltavla.fulfilment.cli;

import org.springframework.modulith.NamedInterface;
