package nl.keukentafel.review.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import nl.keukentafel.review.ReviewSelection;

/** The review area's screens as other features reach them (docs/adr/0009). */
public final class ReviewNavigation {

    private ReviewNavigation() {}

    /** Terugkijken with a selection. */
    public static String link(ReviewSelection selection) {
        return withParameters(RouteConfiguration.forApplicationScope().getUrl(ReviewView.class), selection);
    }

    static String overviewLink(ReviewSelection selection) {
        return withParameters(RouteConfiguration.forApplicationScope().getUrl(OverviewView.class), selection);
    }

    static String insightLink(long id) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(InsightView.class, new RouteParameters(InsightView.ID, String.valueOf(id)));
    }

    private static String withParameters(String path, ReviewSelection selection) {
        String query = new QueryParameters(selection.toParameters()).getQueryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
