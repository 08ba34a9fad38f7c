package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.util.List;

/** What {@link Inbox#scan()} found: files to import, links to nothing, and entries that are no files. */
record InboxScan(List<Path> files, List<Path> brokenLinks, List<Path> notFiles) {}
