package se.maltavla.dashboard.ui;

/**
 * A view that shows whatever municipality and plan year are chosen (the overview, the matrix,
 * …): it is shown again for a new choice. Views of one goal or area are left for the overview
 * when the municipality or plan year changes, since the goal is not in the new choice.
 */
public interface FollowsSelection {}
