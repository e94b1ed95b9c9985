package nl.keukentafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that no argument of a {@code @ClientCallable} method is a Polymer template model
 * (we have no Polymer templates). Without an implementation Vaadin looks the handler up for every
 * argument of every call, and each miss scans the whole class path with {@link
 * java.util.ServiceLoader}; every tablet places its notes through such a call.
 *
 * <p>Deliberately <em>not</em> a Spring bean: Vaadin finds this class when it scans our package at
 * start-up and keeps one instance in its own lookup. Vaadin's Spring lookup ignores scanned classes
 * that are also beans and then falls back to {@code ServiceLoader} on every lookup, so a bean would
 * not save the scan (ADR 0008). The interface is internal to Vaadin; if it changes, compilation
 * fails here and this class can go.
 */
public class NoTemplateModels implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        throw new UnsupportedOperationException("Keukentafel has no Polymer templates");
    }
}
