package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.NARRATIVE;
import static se.maltavla.db.Tables.REJECTED_ROW;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.FileWithRejectedRows;
import se.maltavla.dataimport.csv.FileKind;

/**
 * The files whose rejected rows about a municipality's plan year still stand (docs/year-end.md
 * §1.1). A rejected row is about the plan year when it names the municipality (its kommun as
 * written) and its period (utfall) or year (handlingsplan, berättelse) lies in the plan year or
 * cannot be read; strategi and aktiviteter rows have neither and count for every year. It stands
 * unless
 *
 * <ul>
 *   <li>a later import of a file of the same name was imported (the committee sent the file
 *       again, corrected), or
 *   <li>a later file gave what the row was about: the value of the indicator for the period
 *       (utfall), the indicator of the plan year (handlingsplan), a text with the code for the
 *       plan year (berättelse), the activity (aktiviteter).
 * </ul>
 *
 * "Later" is a greater file id: files are recorded in the order they are imported.
 */
final class StandingRejections {

    private final DSLContext db;

    StandingRejections(DSLContext db) {
        this.db = db;
    }

    /** @param visible which files the caller may see (a reporter's own), {@code noCondition()} for all */
    List<FileWithRejectedRows> of(String municipality, int year, org.jooq.Condition visible) {
        var file = IMPORT_FILE;
        var later = IMPORT_FILE.as("later");
        Map<Long, Standing> byFile = new LinkedHashMap<>();
        Resolutions resolutions = new Resolutions(municipality, year);
        try (var cursor = db.select(
                        file.ID,
                        file.RUN_ID,
                        file.FILE_NAME,
                        file.KIND,
                        file.STARTED_AT,
                        REJECTED_ROW.LINE_NUMBER,
                        REJECTED_ROW.ROW_CODE,
                        REJECTED_ROW.ROW_PERIOD)
                .from(REJECTED_ROW)
                .join(file)
                .on(file.ID.eq(REJECTED_ROW.FILE_ID))
                .where(REJECTED_ROW.ROW_MUNICIPALITY.eq(municipality), visible)
                .andNotExists(DSL.selectOne()
                        .from(later)
                        .where(
                                later.FILE_NAME.eq(file.FILE_NAME),
                                later.STATUS.eq(FileStatus.IMPORTED.name()),
                                later.ID.gt(file.ID)))
                .fetchLazy()) {
            for (var row : cursor) {
                String period = row.get(REJECTED_ROW.ROW_PERIOD);
                if (!RejectionQueries.ofYear(period, year)) {
                    continue;
                }
                long fileId = row.get(file.ID);
                String kind = row.get(file.KIND);
                if (resolutions.resolved(kind, row.get(REJECTED_ROW.ROW_CODE), period, fileId)) {
                    continue;
                }
                long line = row.get(REJECTED_ROW.LINE_NUMBER);
                byFile.computeIfAbsent(
                                fileId,
                                id -> new Standing(
                                        id,
                                        row.get(file.RUN_ID),
                                        row.get(file.FILE_NAME),
                                        kind,
                                        row.get(file.STARTED_AT)))
                        .add(line);
            }
        }
        List<FileWithRejectedRows> files = new ArrayList<>();
        for (Standing s : byFile.values()) {
            files.add(
                    new FileWithRejectedRows(s.fileId, s.runId, s.fileName, s.kind, s.importedAt, s.rows, s.firstLine));
        }
        files.sort(Comparator.comparing(FileWithRejectedRows::fileId).reversed());
        return files;
    }

    private static String key(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Standing {
        final long fileId;
        final long runId;
        final String fileName;
        final String kind;
        final OffsetDateTime importedAt;
        long rows;
        long firstLine = Long.MAX_VALUE;

        Standing(long fileId, long runId, String fileName, String kind, OffsetDateTime importedAt) {
            this.fileId = fileId;
            this.runId = runId;
            this.fileName = fileName;
            this.kind = kind;
            this.importedAt = importedAt;
        }

        void add(long line) {
            rows++;
            firstLine = Math.min(firstLine, line);
        }
    }

    /** The file that last gave each subject of the municipality's plan year, read once per kind when first needed. */
    private final class Resolutions {
        private final String municipality;
        private final int year;
        private final Map<FileKind, Map<String, Long>> givenBy = new HashMap<>();

        Resolutions(String municipality, int year) {
            this.municipality = municipality;
            this.year = year;
        }

        boolean resolved(String kindCode, String code, String period, long rejectedIn) {
            if (kindCode == null || code == null || code.isBlank()) {
                return false;
            }
            FileKind kind;
            try {
                kind = FileKind.fromCode(kindCode);
            } catch (IllegalArgumentException e) {
                return false;
            }
            Map<String, Long> given = givenBy.computeIfAbsent(kind, this::load);
            String key = kind == FileKind.UTFALL
                    ? key(code) + "|" + (period == null ? "" : period.trim().toUpperCase(Locale.ROOT))
                    : key(code);
            Long by = given.get(key);
            return by != null && by > rejectedIn;
        }

        private Map<String, Long> load(FileKind kind) {
            Map<String, Long> given = new HashMap<>();
            switch (kind) {
                case UTFALL ->
                    db.select(INDICATOR.CODE_KEY, MEASUREMENT.PERIOD, MEASUREMENT.SOURCE_FILE_ID)
                            .from(MEASUREMENT)
                            .join(INDICATOR)
                            .on(INDICATOR.ID.eq(MEASUREMENT.INDICATOR_ID))
                            .where(
                                    INDICATOR.MUNICIPALITY_CODE.eq(municipality),
                                    INDICATOR.PLAN_YEAR.eq(year),
                                    MEASUREMENT.SOURCE_FILE_ID.isNotNull())
                            .forEach(r -> given.merge(
                                    r.value1() + "|" + r.value2().toUpperCase(Locale.ROOT), r.value3(), Math::max));
                case HANDLINGSPLAN ->
                    db.select(INDICATOR.CODE_KEY, INDICATOR.SOURCE_FILE_ID)
                            .from(INDICATOR)
                            .where(
                                    INDICATOR.MUNICIPALITY_CODE.eq(municipality),
                                    INDICATOR.PLAN_YEAR.eq(year),
                                    INDICATOR.SOURCE_FILE_ID.isNotNull())
                            .forEach(r -> given.merge(r.value1(), r.value2(), Math::max));
                case BERATTELSE ->
                    db.select(NARRATIVE.CODE_KEY, NARRATIVE.SOURCE_FILE_ID)
                            .from(NARRATIVE)
                            .where(
                                    NARRATIVE.MUNICIPALITY_CODE.eq(municipality),
                                    NARRATIVE.PLAN_YEAR.eq(year),
                                    NARRATIVE.SOURCE_FILE_ID.isNotNull())
                            .forEach(r -> given.merge(r.value1(), r.value2(), Math::max));
                case AKTIVITETER ->
                    db.select(ACTIVITY.CODE_KEY, ACTIVITY.SOURCE_FILE_ID)
                            .from(ACTIVITY)
                            .where(ACTIVITY.MUNICIPALITY_CODE.eq(municipality), ACTIVITY.SOURCE_FILE_ID.isNotNull())
                            .forEach(r -> given.merge(r.value1(), r.value2(), Math::max));
                case STRATEGI -> {
                    // A strategy row names an element of a strategy that spans years: only the
                    // file sent again sets it right.
                }
            }
            return given;
        }
    }
}
