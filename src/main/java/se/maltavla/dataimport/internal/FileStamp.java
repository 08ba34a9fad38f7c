package se.maltavla.dataimport.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * A file's size and the last time its content or its inode changed. The change time (ctime)
 * cannot be set back by a copying program as the modification time can ({@code cp -p}, Windows
 * Explorer), so a file still being written always looks recently changed. Where the file
 * system has no change time, the modification time stands in for it.
 */
record FileStamp(long size, Instant modified, Instant changed) {

    static FileStamp of(Path file) throws IOException {
        long size = Files.size(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        Instant changed = modified;
        try {
            changed = ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();
        } catch (UnsupportedOperationException | IllegalArgumentException noChangeTime) {
            // not a Unix file system: the modification time alone
        }
        return new FileStamp(size, modified, changed);
    }

    /** The later of the two times: when the file last changed in any way. */
    Instant lastChange() {
        return changed.isAfter(modified) ? changed : modified;
    }
}
