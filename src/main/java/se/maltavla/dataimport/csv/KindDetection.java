package se.maltavla.dataimport.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a file's kind by its header (docs/import-contract.md §1): a kind matches when the header
 * has all its required columns. Where several match, a file name prefix naming one of them
 * decides, else the kind with the most required columns (the most specific) wins.
 *
 * @param kind the recognised kind, or null
 * @param closest for an unrecognised header: the kind it comes closest to
 * @param missing for an unrecognised header: the columns the closest kind lacks, as canonical names
 */
public record KindDetection(FileKind kind, FileKind closest, List<String> missing) {

    public static KindDetection detect(Header header, String fileName) {
        List<FileKind> matching = new ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            if (header.canonicalColumns().containsAll(kind.requiredColumns())) {
                matching.add(kind);
            }
        }
        if (!matching.isEmpty()) {
            String name = fileName.toLowerCase(Locale.ROOT);
            for (FileKind kind : matching) {
                if (name.startsWith(kind.code())) {
                    return new KindDetection(kind, null, List.of());
                }
            }
            FileKind mostSpecific = matching.stream()
                    .max(Comparator.comparingInt(
                                    (FileKind k) -> k.requiredColumns().size())
                            .thenComparing(
                                    Comparator.comparingInt(FileKind::ordinal).reversed()))
                    .orElseThrow();
            return new KindDetection(mostSpecific, null, List.of());
        }
        FileKind closest = null;
        List<String> closestMissing = null;
        for (FileKind kind : FileKind.values()) {
            List<String> missing =
                    kind.requiredColumns().stream().filter(c -> !header.has(c)).toList();
            boolean hinted = fileName.toLowerCase(Locale.ROOT).startsWith(kind.code());
            if (closest == null
                    || hinted
                    || missing.size() < closestMissing.size()
                            && !fileName.toLowerCase(Locale.ROOT).startsWith(closest.code())) {
                closest = kind;
                closestMissing = missing;
                if (hinted) {
                    break;
                }
            }
        }
        return new KindDetection(null, closest, closestMissing);
    }

    public boolean recognised() {
        return kind != null;
    }
}
