package se.maltavla.yearend;

/**
 * Every slot for drawing a PDF was taken for longer than a reader should wait: the server draws
 * only as many PDFs at once as it has processors (each needs much memory for a short while), so
 * that many requests at once slow each other down rather than exhaust the server. Ask again later.
 */
public class DocumentsBusyException extends RuntimeException {

    public DocumentsBusyException() {
        super("Every PDF slot is busy", null, false, false);
    }
}
