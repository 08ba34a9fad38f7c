package se.maltavla.dataimport;

/**
 * A file stored in the inbox by {@link ImportService#upload}: the name it got there, its size,
 * and the SHA-256 of its content (hex, as the import's checksum of a file).
 */
public record UploadedFile(String storedName, long sizeBytes, String sha256) {}
