package nl.keukentafel.board.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A QR code (ZXing) drawn as SVG, so it stays sharp on a projector at any size. */
final class QrCode {

    private QrCode() {}

    static Image image(String url, String altText) {
        Image image = new Image(
                "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(svg(url).getBytes(StandardCharsets.UTF_8)),
                altText);
        image.addClassName("qr-code");
        return image;
    }

    static String svg(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + matrix.getWidth() + " "
                    + matrix.getHeight()
                    + "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/>"
                    + "<path fill='#000' d='" + path + "'/></svg>";
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
    }
}
