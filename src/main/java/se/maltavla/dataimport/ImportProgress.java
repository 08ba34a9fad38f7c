package se.maltavla.dataimport;

/** Progress of a run, file by file, for the dashboard's progress bars. Called on the run's thread. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    default void fileStarted(String fileName, String kind, long rowsTotal) {}

    default void rowsDone(String fileName, long rowsDone, long rowsTotal) {}

    default void fileFinished(FileResult result) {}
}
