package dev.loomlab.eval;

import dev.loomlab.display.RecordingSink;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayFromCellsTest extends EngineFixture {

    @Test
    void displayAndUpdateDisplayFromACell() {
        RecordingSink sink = new RecordingSink();
        run("String id = display(\"working\");\nupdateDisplay(id, markdown(\"**done**\"));", sink);
        assertEquals(2, sink.displays().size());
        assertEquals("**done**", sink.displays().get(1).bundle().data().get("text/markdown"));
        assertTrue(sink.displays().get(1).update());
    }

    @Test
    void aCellsResultUsesTheRendererRegistryAndDisplayable() {
        value("""
                record Money(long cents) implements dev.loomlab.display.Displayable {
                    public dev.loomlab.display.MimeBundle toMimeBundle() {
                        return dev.loomlab.display.MimeBundle.of(Map.of("text/html", "<b>" + cents / 100.0 + "</b>"));
                    }
                }
                """);
        var outcome = (Interpreter.Outcome.Success) run("new Money(250)");
        assertEquals("<b>2.5</b>", outcome.value().data().get("text/html"));
    }

    @Test
    void aDisplayFromAThreadStartedByTheCellGoesToThatCell() {
        RecordingSink sink = new RecordingSink();
        run("var t = new Thread(() -> display(html(\"<i>from a thread</i>\")));\nt.start();\nt.join();", sink);
        assertEquals("<i>from a thread</i>", sink.displays().get(0).bundle().data().get("text/html"));
    }

    @Test
    void aToStringThatThrowsFailsTheCellThatShowsIt() {
        value("class Broken { public String toString() { throw new IllegalStateException(\"no text\"); } }");
        assertEquals(null, value("var kept = new Broken();"), "a declaration does not show its value");
        var failure = failure("kept");
        assertEquals("IllegalStateException", failure.ename());
        assertTrue(failure.traceback().get(1).contains("Broken.toString(cell "), String.join("\n", failure.traceback()));
    }
}
