package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.eval.Interpreter.Completion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeAnalysisTest extends EngineFixture {

    @Test
    void completionReplacesTheWordBeingTyped() {
        Completion completion = engine.complete("System.out.pr", 13);
        assertEquals(11, completion.cursorStart());
        assertEquals(13, completion.cursorEnd());
        assertEquals(3, completion.matches().size(), completion.matches().toString());
        assertTrue(completion.matches().containsAll(java.util.List.of("print(", "printf(", "println(")));
    }

    @Test
    void completionWorksInsideALaterSnippetOfTheCell() {
        value("String word = \"loom\";");
        String cell = "int x = 1;\nSystem.out.println(x);\nword.toUpp";
        Completion completion = engine.complete(cell, cell.length());
        assertEquals(java.util.List.of("toUpperCase("), completion.matches());
        assertEquals(cell.length() - "toUpp".length(), completion.cursorStart());
    }

    @Test
    void completionKnowsWhatTheCellDeclaresAboveTheCursorBeforeItRuns() {
        String cell = "var shoppingList = new ArrayList<String>();\nshoppingList.addL";
        Completion members = engine.complete(cell, cell.length());
        assertEquals(java.util.List.of("addLast("), members.matches());
        assertEquals(cell.length() - "addL".length(), members.cursorStart());

        String withClass = "public record Point(int x, int y) {}\nvoid helper() {}\nstatic int counter = 0;\n"
                + "var p = new Point(1, 2);\np.";
        java.util.List<String> recordMembers = engine.complete(withClass, withClass.length()).matches();
        assertTrue(recordMembers.containsAll(java.util.List.of("x()", "y()")), "a record declared above: " + recordMembers);

        String noSemicolon = "var words = new ArrayList<String>() // JShell adds the semicolon\nwords.removeL";
        assertEquals(java.util.List.of("removeLast()"), engine.complete(noSemicolon, noSemicolon.length()).matches());

        String names = "int counter = 0;\nvoid helperMethod() {}\ncou";
        assertEquals(java.util.List.of("counter"), engine.complete(names, names.length()).matches());
        String method = "int counter = 0;\nvoid helperMethod() {}\nhelperM";
        assertEquals(java.util.List.of("helperMethod("), engine.complete(method, method.length()).matches());
        assertEquals("1", value("1"), "completion ran nothing of the cell");
        assertNotNull(engine.inspect("Math.max(1, 2)", 6, 0), "inspection still works afterwards");
    }

    @Test
    void completionInTheMiddleOfACellUsesTheSnippetAtTheCursor() {
        String cell = "Math.ma\nint y = 2;";
        Completion completion = engine.complete(cell, 7);
        assertEquals(java.util.List.of("max("), completion.matches());
        assertEquals(5, completion.cursorStart());
    }

    @Test
    void inspectGivesTheSignatureAndJavadoc() {
        MimeBundle help = engine.inspect("Math.max(1, 2)", 6, 0);
        assertNotNull(help);
        String plain = (String) help.data().get("text/plain");
        assertTrue(plain.startsWith("int Math.max(int a, int b)"), plain);
        String markdown = (String) help.data().get("text/markdown");
        assertTrue(markdown.startsWith("```java\nint Math.max(int a, int b)"), markdown);
        if (java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("java.home"), "lib", "src.zip"))) {
            assertTrue(plain.contains("Returns the greater of two int values"), plain);
        }
    }

    @Test
    void inspectShowsTheAsyncLibrarysOwnJavadoc() {
        String call = "dev.loomlab.async.Async.gather";
        MimeBundle gather = engine.inspect(call, call.length(), 0);
        assertNotNull(gather, "gather is documented");
        String plain = (String) gather.data().get("text/plain");
        assertTrue(plain.contains("Async.<T>gather(") && plain.contains("argument order"), plain);
        String code = "var t = dev.loomlab.async.Async.createTask(() -> 1);";
        MimeBundle createTask = engine.inspect(code, code.indexOf("createTask") + 6, 0);
        assertNotNull(createTask, "createTask is documented with the cursor inside its name");
        assertTrue(((String) createTask.data().get("text/plain")).contains("starts when the caller next yields"),
                (String) createTask.data().get("text/plain"));
    }

    @Test
    void inspectOnNothingGivesNull() {
        assertNull(engine.inspect("   ", 1, 0));
    }

    @Test
    void isCompleteFollowsBraces() {
        assertEquals("complete", engine.isComplete("1 + 1").status());
        assertEquals("complete", engine.isComplete("class Box {\n    int size;\n}").status());
        Interpreter.IsComplete typing = engine.isComplete("class Box {\n    int size;");
        assertEquals("incomplete", typing.status());
        assertEquals("    ", typing.indent());
        Interpreter.IsComplete opened = engine.isComplete("void f() {\n    if (true) {");
        assertEquals("incomplete", opened.status());
        assertEquals("        ", opened.indent());
        assertEquals("incomplete", engine.isComplete("int x = ").status());
        assertEquals("invalid", engine.isComplete("}").status());
    }
}
