package se.maltavla.dataimport.row;

import java.util.List;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.FileKind;

/** Imports the rows of one kind of file, chunk by chunk, inside the chunk's transaction. */
public interface RowImporter {

    FileKind kind();

    /** A session for one file: it may cache what it looked up, for the file's duration. */
    Session open(FileContext context);

    interface Session {
        /** Validates and stores the rows, in file order; rejections are returned, not thrown. */
        ChunkResult write(List<CsvRow> rows);
    }
}
