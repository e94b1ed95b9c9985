package nl.keukentafel.report.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.review.Facet;
import nl.keukentafel.review.ReviewSelection;

/** The report screens as other features reach them (docs/adr/0009). */
public final class ReportNavigation {

    private ReportNavigation() {}

    /**
     * A new kenniscafé verslag about the conversations of a review selection: its theme, work team,
     * municipality and period (the words and note filters describe notes, not conversations).
     */
    public static String newReport(ReviewSelection selection) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Facet facet : List.of(Facet.THEME, Facet.WERKTEAM, Facet.MUNICIPALITY)) {
            selection.filter(facet).ifPresent(v -> parameters.put(facet.parameter(), List.of(v)));
        }
        if (selection.from() != null) {
            parameters.put("from", List.of(selection.from().toString()));
        }
        if (selection.to() != null) {
            parameters.put("to", List.of(selection.to().toString()));
        }
        String path = RouteConfiguration.forApplicationScope().getUrl(ReportEditorView.class);
        String query = new QueryParameters(parameters).getQueryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
