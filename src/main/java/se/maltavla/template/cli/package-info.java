/**
 * {@code jobs/template}: the templates from the command line, as the server's operator; offered to
 * {@link se.maltavla.Application}.
 */
@NamedInterface("cli")
package se.maltavla.template.cli;

import org.springframework.modulith.NamedInterface;
