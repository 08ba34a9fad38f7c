package se.maltavla.template;

/**
 * A template as a file to send: a workbook ({@code .xlsx}) or a zip of one workbook per nämnd.
 *
 * @param fileName safe on Windows, macOS and Linux, in the words a person recognises
 *     ("utfall-2017-Ronneby-Kultur- och fritidsnämnden.xlsx")
 */
public record TemplateFile(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";
}
