package se.maltavla.dataimport.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops with a {@link PartTooLargeException} once more than a limit of bytes have been read. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String part;
    private long read;

    LimitedInputStream(InputStream in, long limit, String part) {
        super(in);
        this.limit = limit;
        this.part = part;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new PartTooLargeException(part, limit);
        }
    }

    /** A part of the workbook unpacks to more than its limit. */
    static final class PartTooLargeException extends RuntimeException {
        private final String part;
        private final long limit;

        PartTooLargeException(String part, long limit) {
            super(part + " unpacks to more than " + limit + " bytes");
            this.part = part;
            this.limit = limit;
        }

        String part() {
            return part;
        }

        long limit() {
            return limit;
        }
    }
}
