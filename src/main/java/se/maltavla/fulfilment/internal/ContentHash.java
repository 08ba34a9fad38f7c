package se.maltavla.fulfilment.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.ResultRow;

/**
 * The content hash of a plan year's computed results: SHA-256 over every field of every row (in
 * order) and the contributions, first 8 bytes. The same inputs give the same decimals (scales
 * included), so an unchanged recompute has an unchanged hash; a differing hash only costs the
 * row-by-row comparison. Each field is written as bytes (a null apart from every value, a text
 * with its length, a decimal as its scale and unscaled digits), not as text: a full recompute
 * hashes 100,000 rows, and formatting them was a tenth of its time.
 */
final class ContentHash {

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192);

    private ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long of(List<ResultRow> rows, Map<Long, Set<Long>> contributors) {
        ContentHash hash = new ContentHash();
        for (ResultRow row : rows) {
            hash.row(row);
        }
        TreeMap<Long, TreeSet<Long>> sorted = new TreeMap<>();
        contributors.forEach((element, goals) -> sorted.put(element, new TreeSet<>(goals)));
        hash.integer(sorted.size());
        sorted.forEach((element, goals) -> {
            hash.number(element);
            hash.integer(goals.size());
            goals.forEach(hash::number);
        });
        return hash.finish();
    }

    private void row(ResultRow row) {
        integer(row.level().ordinal());
        number(row.subjectId());
        number(row.parentId());
        text(row.code());
        text(row.name());
        text(row.type());
        decimal(row.fulfilment());
        integer(row.status() == null ? -1 : row.status().ordinal());
        decimal(row.coverage());
        integer(row.indicators());
        integer(row.indicatorsWithValue());
        IndicatorFigures i = row.indicator();
        if (i == null) {
            marker(0);
            return;
        }
        marker(1);
        decimal(i.valueNumber());
        bool(i.valueYes());
        text(i.valuePeriod());
        if (i.source() == null) {
            marker(0);
        } else {
            marker(1);
            number(i.source().fileId());
            text(i.source().fileName());
            number(i.source().line());
        }
        decimal(i.rawProgress());
        decimal(i.baseline());
        decimal(i.targetNumber());
        bool(i.targetYes());
        date(i.targetDate());
        IndicatorFigures.Forecast f = i.forecast();
        if (f == null) {
            marker(0);
        } else {
            marker(1);
            decimal(f.value());
            decimal(f.slopePerDay());
            decimal(f.progress());
            integer(f.status() == null ? -1 : f.status().ordinal());
        }
    }

    private void marker(int b) {
        room(1);
        buffer.put((byte) b);
    }

    private void integer(int i) {
        room(4);
        buffer.putInt(i);
    }

    private void number(Long n) {
        if (n == null) {
            marker(0);
        } else {
            room(9);
            buffer.put((byte) 1).putLong(n);
        }
    }

    private void bool(Boolean b) {
        marker(b == null ? 0 : b ? 1 : 2);
    }

    private void date(LocalDate d) {
        if (d == null) {
            marker(0);
        } else {
            room(9);
            buffer.put((byte) 1).putLong(d.toEpochDay());
        }
    }

    private void text(String s) {
        if (s == null) {
            marker(0);
            return;
        }
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void decimal(BigDecimal d) {
        if (d == null) {
            marker(0);
            return;
        }
        integer(d.scale());
        bytes(d.unscaledValue().toByteArray());
    }

    /** A marker, the length and the bytes (so that no two sequences of fields run together). */
    private void bytes(byte[] bytes) {
        room(5);
        buffer.put((byte) 1).putInt(bytes.length);
        if (bytes.length > buffer.remaining()) {
            flush();
            digest.update(bytes);
        } else {
            buffer.put(bytes);
        }
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    private long finish() {
        flush();
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
