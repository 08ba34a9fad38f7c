package se.maltavla.dataimport.internal;

/** The run cannot go on (database unreachable, a job failed): exit status 1; run it again. */
class ImportFailedException extends RuntimeException {

    ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
