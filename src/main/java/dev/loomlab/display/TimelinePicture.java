package dev.loomlab.display;

import dev.loomlab.async.Timeline;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline as the notebook shows it. The HTML holds the SVG as an image (a data: URL), not
 * inline: JupyterLab sanitizes the HTML of an untrusted notebook (one reopened from disk or
 * received from someone) and drops inline SVG, leaving only its labels as loose text, while an
 * image survives. The SVG itself rides along for tools that want it. Every renderer that shows a
 * picture (timelines, live frames, explorations, schedules) goes through here, so they all survive.
 */
public final class TimelinePicture {

    private static final Pattern INLINE_SVG = Pattern.compile("<svg\\b[^>]*>.*?</svg>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("^<svg\\b[^>]*?\\sstyle=\"([^\"]*)\"");

    private TimelinePicture() {}

    public static MimeBundle bundle(Timeline timeline) {
        return bundle(timeline.toSvg(), timeline.summary(), timeline.summary());
    }

    /** A picture wrapped as a timeline: HTML with the SVG as an image, the SVG, and the text. */
    public static MimeBundle bundle(String svg, String alt, String text) {
        return MimeBundle.of(Map.of(
                MimeTypes.HTML, "<div class=\"loomlab-timeline\">" + image(svg, alt, null) + "</div>",
                MimeTypes.SVG, svg,
                MimeTypes.PLAIN, text));
    }

    /** The same bundle with every inline SVG of its HTML turned into an image. */
    public static MimeBundle withSvgAsImages(Map<String, Object> data) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        if (copy.get(MimeTypes.HTML) instanceof String html) copy.put(MimeTypes.HTML, svgAsImages(html));
        return MimeBundle.of(copy);
    }

    /** HTML whose inline {@code <svg>...</svg>} elements are images instead; a style on the SVG moves to the image. */
    public static String svgAsImages(String html) {
        Matcher m = INLINE_SVG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String svg = m.group();
            Matcher style = STYLE.matcher(svg);
            String img = image(svg, "timeline", style.find() ? style.group(1) : null);
            m.appendReplacement(out, Matcher.quoteReplacement(img));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String image(String svg, String alt, String style) {
        String dataUrl = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        return "<img alt=\"" + escape(alt) + "\"" + (style == null ? "" : " style=\"" + style + "\"")
                + " src=\"" + dataUrl + "\">";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
