package se.maltavla.dataimport;

/** A file stored in the inbox by {@link ImportService#upload}: the name it got there, and its size. */
public record UploadedFile(String storedName, long sizeBytes) {}
