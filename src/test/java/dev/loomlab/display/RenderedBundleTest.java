package dev.loomlab.display;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** IJava notebooks pass what render(...) returned to display(...) or end a cell with it. */
class RenderedBundleTest {

    @Test
    void aRenderedBundleShowsAsItselfNotAsItsToString() {
        MimeBundle onlyHtml = Display.render(Display.html("<i>x</i>"), MimeTypes.HTML);
        assertEquals(Map.of(MimeTypes.HTML, "<i>x</i>"), Renderers.render(onlyHtml).data());
    }
}
