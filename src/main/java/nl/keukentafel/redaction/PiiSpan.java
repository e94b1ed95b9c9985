package nl.keukentafel.redaction;

/** A personal detail found in a text: UTF-16 offsets into the Java string, end exclusive. */
public record PiiSpan(int start, int end, PiiType type) {

    public PiiSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Not a span: " + start + ".." + end);
        }
    }

    boolean overlaps(PiiSpan other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
