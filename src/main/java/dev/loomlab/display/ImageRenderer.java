package dev.loomlab.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Renders a {@link BufferedImage} as a base64 PNG, the form Jupyter frontends show inline. */
final class ImageRenderer {

    private ImageRenderer() {}

    static MimeBundle png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalArgumentException("This image type cannot be written as PNG.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the image as PNG.", e);
        }
        String size = image.getWidth() + "x" + image.getHeight();
        return new MimeBundle(
                Map.of(MimeTypes.PNG, Base64.getEncoder().encodeToString(bytes.toByteArray()),
                        MimeTypes.PLAIN, "<image " + size + ">"),
                Map.of(MimeTypes.PNG, Map.of("width", image.getWidth(), "height", image.getHeight())));
    }
}
