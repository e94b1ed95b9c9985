package nl.keukentafel.report;

/** A finished export: the file to download and how many notes it holds. */
public record Export(String fileName, String contentType, byte[] bytes, int notes) {

    /** The formats a report, a case bundle or a selection can be exported in. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        MARKDOWN("md", "text/markdown; charset=utf-8"),
        CSV("csv", "text/csv; charset=utf-8"),
        JSON("json", "application/json");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }
}
