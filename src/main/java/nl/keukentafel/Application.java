package nl.keukentafel;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import nl.keukentafel.base.ConnectionBuffers;
import nl.keukentafel.redaction.RedactCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Keukentafel: live kitchen-table conversations. Server push and styles are set up here (ADR 0005). */
@SpringBootApplication
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/keukentafel.css")
@StyleSheet("styles/resident-help.css")
@StyleSheet("styles/facilitation.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // "redact …": the redaction step as a command, without the web application (docs/redaction.md).
        if (args.length > 0 && args[0].equals("redact")) {
            RedactCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        ConnectionBuffers.applyBeforeStart();
        SpringApplication.run(Application.class, args);
    }
}
