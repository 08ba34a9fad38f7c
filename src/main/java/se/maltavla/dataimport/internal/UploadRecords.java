package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.INBOX_UPLOAD;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Who uploaded which file (table inbox_upload): the name the file got in the inbox, its content's
 * SHA-256 and the user. A file in the inbox is the upload of the user who uploaded exactly that
 * content under exactly that name; any other file (the nightly drop, one replaced by hand) is
 * nobody's and is imported with a coordinator's rights (design decision 0022).
 */
@Component
class UploadRecords {

    private final DSLContext db;

    UploadRecords(DSLContext db) {
        this.db = db;
    }

    void record(String fileName, String checksum, long size, String username) {
        db.insertInto(INBOX_UPLOAD)
                .set(INBOX_UPLOAD.FILE_NAME, fileName)
                .set(INBOX_UPLOAD.CHECKSUM, checksum)
                .set(INBOX_UPLOAD.SIZE_BYTES, size)
                .set(INBOX_UPLOAD.UPLOADED_BY, username)
                .set(INBOX_UPLOAD.UPLOADED_AT, OffsetDateTime.now())
                .execute();
    }

    /** Who uploaded this content under this name, the latest upload first; empty for a file nobody uploaded. */
    Optional<String> uploaderOf(String fileName, String checksum) {
        if (checksum == null || checksum.isEmpty()) {
            return Optional.empty();
        }
        return db.select(INBOX_UPLOAD.UPLOADED_BY)
                .from(INBOX_UPLOAD)
                .where(INBOX_UPLOAD.FILE_NAME.eq(fileName), INBOX_UPLOAD.CHECKSUM.eq(checksum))
                .orderBy(INBOX_UPLOAD.ID.desc())
                .limit(1)
                .fetchOptional(INBOX_UPLOAD.UPLOADED_BY);
    }

    /** Of these names, those the user has uploaded files under (the content is checked after reading). */
    Set<String> namesUploadedBy(String username, Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.selectDistinct(INBOX_UPLOAD.FILE_NAME)
                .from(INBOX_UPLOAD)
                .where(
                        DSL.lower(INBOX_UPLOAD.UPLOADED_BY).eq(username.trim().toLowerCase(java.util.Locale.ROOT)),
                        INBOX_UPLOAD.FILE_NAME.in(names))
                .fetch(INBOX_UPLOAD.FILE_NAME));
    }
}
