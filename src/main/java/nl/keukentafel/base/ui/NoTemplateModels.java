package nl.keukentafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that no argument of a {@code @ClientCallable} method is a Polymer template model
 * (we have no Polymer templates). Without this bean Vaadin looks the handler up for every argument
 * of every call, and each miss scans the class path with {@link java.util.ServiceLoader}. Every tablet
 * places its notes through such a call; adding this bean took the server's CPU at 1,500 participants
 * from ~97 % to ~59 % of one core (live-board benchmark, ADR 0008). The interface is internal to Vaadin; if it changes, compilation fails here and this
 * class can go.
 */
@org.springframework.stereotype.Component
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
