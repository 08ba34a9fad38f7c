/**
 * What every feature may use and that uses no feature: value types (periods, municipality codes,
 * codes), the one CSV writer, UI language and formatting, the page frame and tables of the views.
 * An open module: its sub-packages are all part of what it offers.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package se.maltavla.shared;

import org.springframework.modulith.ApplicationModule;
