package nl.keukentafel.report;

import java.util.List;

/**
 * A bundle as the editor shows it: the bundle as HTML and, per case, what still stands in the way
 * of an export (personal details found in the author's texts, notes no longer released).
 */
public record BundlePreview(String html, List<ReportPreview.Finding> bundleFindings, List<CaseCheck> cases) {

    /** What the check found in one case. */
    public record CaseCheck(long caseId, String title, List<ReportPreview.Finding> findings, int notReleased) {

        public boolean ready() {
            return findings.isEmpty() && notReleased == 0;
        }
    }

    /** Whether the bundle can be exported. */
    public boolean ready() {
        return bundleFindings.isEmpty() && cases.stream().allMatch(CaseCheck::ready);
    }
}
