package dev.loomlab;

import dev.loomlab.async.Timeline;
import dev.loomlab.display.MimeBundle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A timeline as the notebook shows it. The HTML holds the SVG as an image (a data: URL), not
 * inline: JupyterLab sanitizes the HTML of an untrusted notebook (one reopened from disk or
 * received from someone) and drops inline SVG, leaving only its labels as loose text, while an
 * image survives. The SVG itself rides along for tools that want it.
 */
final class TimelinePicture {

    private TimelinePicture() {}

    static MimeBundle bundle(Timeline timeline) {
        String svg = timeline.toSvg();
        String dataUrl = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        String html = "<div class=\"loomlab-timeline\"><img alt=\"" + escape(timeline.summary()) + "\" src=\"" + dataUrl + "\"></div>";
        return MimeBundle.of(Map.of("text/html", html, "image/svg+xml", svg, "text/plain", timeline.summary()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
