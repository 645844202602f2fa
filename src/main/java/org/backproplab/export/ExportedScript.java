package org.backproplab.export;

/**
 * An exported script and what must be saved beside it.
 *
 * @param text the Python source
 * @param dataFileName "" when the data is written into the script; else the name of the data CSV the
 *     script reads from its own folder (the data has more than {@value CodeExport#INLINE_ROW_LIMIT} rows)
 */
public record ExportedScript(String text, String dataFileName) {

    /** Whether the script needs its data CSV beside it. */
    public boolean needsDataFile() {
        return !dataFileName.isEmpty();
    }
}
