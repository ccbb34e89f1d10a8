package dev.loomlab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Inline SVG, which JupyterLab strips from untrusted notebooks, becomes images that keep the same picture. */
class TimelinePictureTest {

    private static final Pattern DATA_URL = Pattern.compile("src=\"data:image/svg\\+xml;base64,([^\"]+)\"");

    @Test
    void everyInlineSvgBecomesAnImageOfTheSamePicture() {
        String a = "<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"width:100%;height:auto\"><text>a &amp; b</text></svg>";
        String b = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<text>second</text>\n</svg>";
        String html = TimelinePicture.svgAsImages("<h3>two</h3>" + a + "<p>between</p>" + b);
        assertFalse(html.contains("<svg"), html);
        assertTrue(html.startsWith("<h3>two</h3><img "), html);
        assertTrue(html.contains("<p>between</p>"), html);
        assertTrue(html.contains("style=\"width:100%;height:auto\""), "the SVG's sizing moves to the image: " + html);
        Matcher m = DATA_URL.matcher(html);
        assertTrue(m.find());
        assertEquals(a, decode(m.group(1)));
        assertTrue(m.find());
        assertEquals(b, decode(m.group(1)));
        assertFalse(m.find());
    }

    @Test
    void htmlWithoutSvgIsLeftAlone() {
        assertEquals("<p>$1 \\ no picture</p>", TimelinePicture.svgAsImages("<p>$1 \\ no picture</p>"));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
