/** The chart of external funding against own budget, as SVG: offered to the views. */
@NamedInterface("chart")
package se.maltavla.activity.chart;

import org.springframework.modulith.NamedInterface;
