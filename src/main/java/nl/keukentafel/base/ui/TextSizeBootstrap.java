package nl.keukentafel.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Applies the text size this browser chose ({@link TextSize}) in the page's head, before anything
 * draws, so a page never jumps from small to large text.
 */
@Component
class TextSizeBootstrap implements VaadinServiceInitListener {

    static final String SCRIPT = "try{var s=localStorage.getItem('kt-text-size');"
            + "if(s==='l'||s==='xl'){document.documentElement.dataset.textSize=s;}}catch(e){}";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().head().appendElement("script").text(SCRIPT));
    }
}
