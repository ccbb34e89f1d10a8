package dev.loomlab.display;

import dev.loomlab.display.RecordingSink.Cleared;
import dev.loomlab.display.RecordingSink.Shown;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayTest {

    private final RecordingSink sink = new RecordingSink();
    private CellContext cell;

    @BeforeEach
    void enterCell() {
        cell = new CellContext(sink);
        cell.enter(true);
    }

    @AfterEach
    void leaveCell() {
        cell.finish();
    }

    @Test
    void displayShowsTheValueAndReturnsAnIdThatUpdateDisplayReuses() {
        String id = Display.display("first");
        Display.updateDisplay(id, "second");
        Shown shown = sink.displays().get(0);
        Shown updated = sink.displays().get(1);
        assertEquals("\"first\"", shown.bundle().data().get("text/plain"));
        assertFalse(shown.update());
        assertEquals(id, shown.displayId());
        assertEquals("\"second\"", updated.bundle().data().get("text/plain"));
        assertTrue(updated.update());
        assertEquals(id, updated.displayId());
    }

    @Test
    void displayWithMimeTypesKeepsOnlyThose() {
        Display.display(Display.html("<i>hi</i>"), "text/html");
        assertEquals(Map.of("text/html", "<i>hi</i>"), sink.displays().get(0).bundle().data());
    }

    @Test
    void clearOutputReachesTheSink() {
        Display.clearOutput();
        Display.clearOutput(true);
        assertEquals(java.util.List.of(new Cleared(false), new Cleared(true)), sink.events());
    }

    @Test
    void richHelpersCarryTheirMimeTypeAndAPlainFallback() {
        assertEquals("hi there", Display.render(Display.html("<p>hi <b>there</b></p>")).data().get("text/plain"));
        assertEquals("# Title", Display.render(Display.markdown("# Title")).data().get("text/markdown"));
        assertEquals("<svg/>", Display.render(Display.svg("<svg/>")).data().get("image/svg+xml"));
        assertEquals("$x^2$", Display.render(Display.latex("$x^2$")).data().get("text/latex"));
    }

    @Test
    void aDisplayFromAThreadTheCellStartedGoesToThatCell() throws Exception {
        Thread worker = new Thread(() -> Display.display(42));
        worker.start();
        worker.join();
        assertEquals("42", sink.displays().get(0).bundle().data().get("text/plain"));
    }

    @Test
    void aThreadOfAFinishedCellDisplaysIntoTheCellRunningNow() throws Exception {
        RecordingSink later = new RecordingSink();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            Display.display("late");
        });
        worker.start();
        cell.finish();
        CellContext next = new CellContext(later);
        next.enter(true);
        try {
            go.countDown();
            worker.join();
        } finally {
            next.finish();
        }
        assertTrue(sink.displays().isEmpty());
        assertEquals("\"late\"", later.displays().get(0).bundle().data().get("text/plain"));
    }

    @Test
    void plainTextQuotesStringsAndShowsArrayContents() {
        assertEquals("\"say \\\"hi\\\"\\n\"", Renderers.render("say \"hi\"\n").data().get("text/plain"));
        assertEquals("'c'", Renderers.render('c').data().get("text/plain"));
        assertEquals("[1, 2]", Renderers.render(new int[] {1, 2}).data().get("text/plain"));
        assertEquals("[[a], [b]]", Renderers.render(new String[][] {{"a"}, {"b"}}).data().get("text/plain"));
        assertEquals("null", Renderers.render(null).data().get("text/plain"));
    }

    record Temperature(double celsius) {}

    interface Shape {}

    record Square(int side) implements Shape {}

    record Badge(String label) implements Displayable {
        @Override
        public MimeBundle toMimeBundle() {
            return MimeBundle.of(Map.of("text/html", "<span>" + label + "</span>"));
        }
    }

    @Test
    void aRegisteredRendererDecidesHowItsTypeIsShown() {
        Renderers.register(Temperature.class, t -> MimeBundle.of(Map.of("text/html", "<b>" + t.celsius() + " °C</b>")));
        try {
            MimeBundle bundle = Renderers.render(new Temperature(21.5));
            assertEquals("<b>21.5 °C</b>", bundle.data().get("text/html"));
            assertEquals("Temperature[celsius=21.5]", bundle.data().get("text/plain"), "text/plain is added when missing");
        } finally {
            Renderers.unregister(Temperature.class);
        }
        assertFalse(Renderers.render(new Temperature(1)).data().containsKey("text/html"));
    }

    @Test
    void aRendererForAnInterfaceAppliesToItsImplementations() {
        Renderers.register(Shape.class, s -> MimeBundle.of(Map.of("text/plain", "a shape")));
        try {
            assertEquals("a shape", Renderers.render(new Square(2)).data().get("text/plain"));
        } finally {
            Renderers.unregister(Shape.class);
        }
    }

    @Test
    void aDisplayableRendersItself() {
        MimeBundle bundle = Renderers.render(new Badge("new"));
        assertEquals("<span>new</span>", bundle.data().get("text/html"));
        assertEquals("Badge[label=new]", bundle.data().get("text/plain"));
    }

    @Test
    void aBufferedImageBecomesAPngThatDecodesToTheSameImage() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        MimeBundle bundle = Renderers.render(image);
        String base64 = assertInstanceOf(String.class, bundle.data().get("image/png"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        assertNotNull(decoded);
        assertEquals(3, decoded.getWidth());
        assertEquals(0xFF0000, decoded.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(Map.of("width", 3, "height", 2), bundle.metadata().get("image/png"));
    }
}
