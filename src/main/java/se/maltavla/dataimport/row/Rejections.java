package se.maltavla.dataimport.row;

import se.maltavla.dataimport.Rejection;

/** Turns a {@link RowRejectedException} into a {@link Rejection} in the run's language. */
public final class Rejections {

    private final FileContext context;

    public Rejections(FileContext context) {
        this.context = context;
    }

    public Rejection of(long line, RowRejectedException e) {
        String column = e.column() == null ? "" : context.header().writtenName(e.column());
        String reason = context.messages().getMessage(e.reasonKey(), e.args(), e.reasonKey(), context.locale());
        return new Rejection(line, column, e.value() == null ? "" : e.value(), reason);
    }
}
