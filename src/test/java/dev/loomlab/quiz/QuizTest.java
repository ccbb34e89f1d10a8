package dev.loomlab.quiz;

import static org.junit.jupiter.api.Assertions.*;

import dev.loomlab.display.MimeBundle;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class QuizTest {

    private static Quiz gatherQuiz() {
        return Quiz.quiz("When one child of `gather` fails, the others:")
                .choice("are cancelled at once")
                .correct("keep running to completion")
                .explain("gather never cancels its children on failure.");
    }

    private static Document parseHtml(String html) throws Exception {
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader("<root>" + html + "</root>")));
    }

    @Test
    void oneOutputThreeWays() {
        MimeBundle bundle = gatherQuiz().toMimeBundle();
        assertEquals(Set.of("text/plain", "text/markdown", "text/html"), bundle.data().keySet());
        String plain = (String) bundle.data().get("text/plain");
        assertTrue(plain.contains("  a) are cancelled at once"), plain);
        assertTrue(plain.contains("answer: b"), plain);
        String md = (String) bundle.data().get("text/markdown");
        assertTrue(md.contains("- b) keep running to completion"), md);
        assertTrue(md.contains("<details><summary>Show answer</summary>"), md);
    }

    @Test
    void htmlIsWellFormedScriptFreeOfflineAndIdsAreUniqueAcrossQuizzes() throws Exception {
        String page = gatherQuiz().toMimeBundle().data().get("text/html") + ""
                + gatherQuiz().toMimeBundle().data().get("text/html");
        Document doc = parseHtml(page);
        NodeList all = doc.getElementsByTagName("*");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) assertTrue(ids.add(id), "duplicate id " + id);
        }
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "the quiz must work without scripts");
        assertFalse(page.matches("(?s).*(https?:|//cdn|@import|src=).*"), "no external URLs");
        // choices reveal their feedback with <details>, which survives JupyterLab's sanitizer
        NodeList details = doc.getElementsByTagName("details");
        assertEquals(6, details.getLength());
        assertTrue(details.item(1).getTextContent().contains("Right"));
        assertTrue(details.item(0).getTextContent().contains("Not quite"));
        assertTrue(page.contains("var(--jp-layout-color1"), "uses JupyterLab theme variables");
    }

    @Test
    void questionTextIsEscapedSoItCannotInjectMarkup() throws Exception {
        String html = (String) Quiz.quiz("Is <script>alert(1)</script> **safe**?").answer("no")
                .toMimeBundle().data().get("text/html");
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("<strong>safe</strong>"));
        parseHtml(html);
    }

    @Test
    void aProofThatAgreesPassesAndOneThatDisagreesShowsBoth() {
        assertDoesNotThrow(() -> gatherQuiz().provedBy(() -> 1));
        assertDoesNotThrow(() -> gatherQuiz().provedBy(() -> "b"));
        assertDoesNotThrow(() -> gatherQuiz().provedBy(() -> "keep running to completion"));
        var e = assertThrows(AnswerKeyException.class, () -> gatherQuiz().provedBy(() -> 0));
        assertTrue(e.getMessage().contains("the key says b"), e.getMessage());
        assertTrue(e.getMessage().contains("the code gives 0"), e.getMessage());
    }

    @Test
    void trueFalseAndManyChoiceProofs() {
        assertDoesNotThrow(() -> Quiz.trueFalse("virtual threads are cheap", true).provedBy(() -> true));
        assertThrows(AnswerKeyException.class,
                () -> Quiz.trueFalse("gather cancels siblings on failure", false).provedBy(() -> true));
        Quiz many = Quiz.quiz("Which are JDK types?").correct("Thread").choice("Coroutine").correct("Executor");
        assertDoesNotThrow(() -> many.provedBy(() -> List.of(0, 2)));
        assertThrows(AnswerKeyException.class, () -> many.provedBy(() -> List.of(0)));
    }

    @Test
    void predictOutputIsProvedByWhatTheCodePrints() {
        Quiz q = Quiz.predictOutput("for (int i = 0; i < 2; i++) System.out.println(i);", "0\n1");
        assertDoesNotThrow(() -> q.provedBy(() -> {
            for (int i = 0; i < 2; i++) System.out.println(i);
        }));
        var e = assertThrows(AnswerKeyException.class, () -> q.provedBy(() -> System.out.println("0\n2")));
        assertTrue(e.getMessage().contains("but the code prints"), e.getMessage());
    }

    @Test
    void anUnfinishedQuizSaysWhatIsMissing() {
        var e = assertThrows(IllegalStateException.class, () -> Quiz.quiz("Which?").choice("x").toMimeBundle());
        assertTrue(e.getMessage().contains("no right choice"));
    }

    @Test
    void quizzesChainIntoOneOutput() {
        Quiz both = gatherQuiz().then(Quiz.trueFalse("wait() raises the tasks' errors", false));
        assertEquals(2, both.questions().size());
        assertTrue(both.toString().contains("Quiz 2: True or false"));
    }
}
