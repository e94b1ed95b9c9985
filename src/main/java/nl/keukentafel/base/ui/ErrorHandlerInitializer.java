package nl.keukentafel.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.keukentafel.base.UserMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors reach people as a short translated message, never as a stack trace. Refusals meant for
 * the user ({@link UserMessageException}) show their own text; anything unexpected is logged in
 * full and shown as a general apology.
 */
@Component
class ErrorHandlerInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = rootUserMessage(error.getThrowable());
                    String key;
                    Object[] params = new Object[0];
                    if (cause instanceof UserMessageException userMessage) {
                        key = userMessage.messageKey();
                        params = userMessage.params();
                    } else if (cause instanceof AccessDeniedException) {
                        key = "error.access-denied";
                    } else {
                        log.error("Unexpected error", error.getThrowable());
                        key = "error.unexpected";
                    }
                    Notifications.error(key, params);
                }));
    }

    private static Throwable rootUserMessage(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserMessageException || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return throwable;
    }
}
