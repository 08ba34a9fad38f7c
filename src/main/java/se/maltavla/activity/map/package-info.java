/** The map of Europe with the activities' partner countries, as SVG: offered to the views. */
@NamedInterface("map")
package se.maltavla.activity.map;

import org.springframework.modulith.NamedInterface;
