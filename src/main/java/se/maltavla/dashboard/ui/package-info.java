/**
 * The dashboard's page frame and selection (DashboardPage, DashboardContext, SelectionBar,
 * StatusBadge, …), offered to the views of other features that show the chosen municipality and
 * plan year (the year-end's pages). The views themselves are in the sub-packages.
 */
@NamedInterface("ui")
package se.maltavla.dashboard.ui;

import org.springframework.modulith.NamedInterface;
