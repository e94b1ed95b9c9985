package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.keukentafel.conversation.JoinCode;

/**
 * For the facilitator's board: the kiosk link of a live conversation ({@code /join/CODE?kiosk}) as a
 * QR code to scan with the one tablet that goes round the table. The tablet then offers to switch
 * kiosk mode on ({@link KioskMode}). Folded away until asked for.
 */
final class KioskLink extends Details {

    KioskLink(JoinLinks.Links links, JoinCode code) {
        setSummaryText(getTranslation("kiosk.link.title"));
        String url = links.joinUrl(code) + "?" + KioskMode.QUERY;
        Span address = new Span(JoinLinks.Links.withoutScheme(url));
        address.addClassName("kiosk-link-address");
        address.setId("kiosk-link-address");
        add(
                new Paragraph(getTranslation("kiosk.link.help")),
                QrCode.image(url, getTranslation("kiosk.link.alt")),
                address);
        addClassName("kiosk-link");
        setId("kiosk-link");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addStyleSheet(KioskMode.STYLES);
    }
}
