package dev.loomlab.kernel;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protocol layer against a fake engine and a fake transport: what a frontend would see. */
class KernelDispatchTest {
    private FakeTransport transport;
    private FakeInterpreter engine;
    private Thread kernelThread;

    @BeforeEach
    void start() {
        transport = new FakeTransport();
        engine = new FakeInterpreter();
        Kernel kernel = new Kernel(transport, engine);
        kernelThread = Thread.ofPlatform().start(() -> {
            try {
                kernel.run();
            } catch (InterruptedException ignored) {
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        transport.request(Channel.CONTROL, "shutdown_request", "restart", false);
        kernelThread.join(5000);
        assertFalse(kernelThread.isAlive(), "kernel did not stop on shutdown_request");
    }

    private static List<String> types(List<FakeTransport.Sent> sent) {
        return sent.stream().map(s -> s.type().equals("status")
                ? "status:" + s.message().content().path("execution_state").asText() : s.type()).toList();
    }

    private static JsonNode reply(List<FakeTransport.Sent> sent) {
        return sent.stream().filter(s -> s.type().endsWith("_reply")).findFirst().orElseThrow().message().content();
    }

    private List<FakeTransport.Sent> execute(Object... content) throws InterruptedException {
        return transport.until_idle(transport.request(Channel.SHELL, "execute_request", content));
    }

    @Test
    void executeIsWrappedInBusyIdleWithInputResultAndReply() throws Exception {
        var sent = execute("code", "val 2", "silent", false);
        assertEquals(List.of("status:busy", "execute_input", "execute_result", "execute_reply", "status:idle"), types(sent));
        assertEquals(1, reply(sent).path("execution_count").asInt());
        assertEquals("2", sent.get(2).message().content().path("data").path("text/plain").asText());
        assertEquals(Channel.SHELL, sent.get(3).channel());
        assertEquals(Channel.IOPUB, sent.get(0).channel());
    }

    @Test
    void streamOutputHasTheRequestAsParent() throws Exception {
        var sent = execute("code", "print hello");
        var stream = sent.stream().filter(s -> s.type().equals("stream")).findFirst().orElseThrow();
        assertEquals("hello", stream.message().content().path("text").asText());
        assertEquals("stdout", stream.message().content().path("name").asText());
    }

    @Test
    void silentPublishesNothingAndDoesNotCount() throws Exception {
        execute("code", "val 1");
        var sent = execute("code", "print x\nval 5", "silent", true);
        assertEquals(List.of("status:busy", "execute_reply", "status:idle"), types(sent));
        assertEquals(1, reply(sent).path("execution_count").asInt());
        assertEquals(2, reply(execute("code", "val 1")).path("execution_count").asInt());
    }

    @Test
    void storeHistoryFalseDoesNotAdvanceTheCounterNorTheHistory() throws Exception {
        execute("code", "val 1");
        assertEquals(1, reply(execute("code", "val 1", "store_history", false)).path("execution_count").asInt());
        assertEquals(2, reply(execute("code", "val 1")).path("execution_count").asInt());
        var history = reply(transport.until_idle(transport.request(Channel.SHELL, "history_request",
                "hist_access_type", "tail", "n", 10))).path("history");
        assertEquals(2, history.size());
    }

    @Test
    void failurePublishesErrorAndRepliesError() throws Exception {
        var sent = execute("code", "fail");
        assertEquals(List.of("status:busy", "execute_input", "error", "execute_reply", "status:idle"), types(sent));
        JsonNode reply = reply(sent);
        assertEquals("error", reply.path("status").asText());
        assertEquals("IllegalStateException", reply.path("ename").asText());
        assertEquals("boom", reply.path("evalue").asText());
        assertEquals("trace", reply.path("traceback").get(0).asText());
    }

    /** Sends a failing cell and two behind it (the failure waits until all three are sent). */
    private void assertTheTwoBehindAFailureAreAborted() throws InterruptedException {
        Message failing = transport.request(Channel.SHELL, "execute_request", "code", "gated fail");
        Message queued1 = transport.request(Channel.SHELL, "execute_request", "code", "val 1");
        Message queued2 = transport.request(Channel.SHELL, "execute_request", "code", "val 2");
        engine.gate.countDown();
        transport.until_idle(failing);
        assertEquals("aborted", reply(transport.until_idle(queued1)).path("status").asText());
        assertEquals("aborted", reply(transport.until_idle(queued2)).path("status").asText());
    }

    @Test
    void stopOnErrorAbortsTheExecutesQueuedBehind() throws Exception {
        assertTheTwoBehindAFailureAreAborted();
        // a cell sent right after the abort replies is not caught up in the abort
        assertEquals("ok", reply(execute("code", "val 3")).path("status").asText());
    }

    @Test
    void stopOnErrorAlsoAbortsExecutesSentButNotYetRead() throws Exception {
        transport.shellReadDelayMillis = 100;
        assertTheTwoBehindAFailureAreAborted();
        transport.shellReadDelayMillis = 0;
        assertEquals("ok", reply(execute("code", "val 3")).path("status").asText());
    }

    @Test
    void withoutStopOnErrorTheQueueRuns() throws Exception {
        Message failing = transport.request(Channel.SHELL, "execute_request", "code", "fail", "stop_on_error", false);
        Message next = transport.request(Channel.SHELL, "execute_request", "code", "val 1");
        transport.until_idle(failing);
        assertEquals("ok", reply(transport.until_idle(next)).path("status").asText());
    }

    @Test
    void userExpressionsComeBackAsMimeBundlesOrErrors() throws Exception {
        JsonNode expressions = reply(execute("code", "val 1",
                "user_expressions", Map.of("a", "x + 1", "b", "bad"))).path("user_expressions");
        assertEquals("ok", expressions.path("a").path("status").asText());
        assertEquals("<x + 1>", expressions.path("a").path("data").path("text/plain").asText());
        assertEquals("error", expressions.path("b").path("status").asText());
        assertEquals("bad expression", expressions.path("b").path("evalue").asText());
    }

    @Test
    void kernelInfoDescribesJava() throws Exception {
        var sent = transport.until_idle(transport.request(Channel.SHELL, "kernel_info_request"));
        assertEquals(List.of("status:busy", "kernel_info_reply", "status:idle"), types(sent));
        JsonNode info = reply(sent);
        assertEquals("5.4", info.path("protocol_version").asText());
        assertEquals("loomlab", info.path("implementation").asText());
        JsonNode lang = info.path("language_info");
        assertEquals("java", lang.path("name").asText());
        assertEquals("text/x-java", lang.path("mimetype").asText());
        assertEquals(".java", lang.path("file_extension").asText());
        assertEquals("21.0.0", lang.path("version").asText());
        assertTrue(info.path("help_links").size() >= 2);
    }

    @Test
    void interruptOnControlReachesABusyCell() throws Exception {
        Message blocking = transport.request(Channel.SHELL, "execute_request", "code", "block");
        assertTrue(engine.blocking.await(5, TimeUnit.SECONDS));
        var interruptReply = transport.until_idle(transport.request(Channel.CONTROL, "interrupt_request"));
        assertEquals(Channel.CONTROL, interruptReply.get(1).channel());
        assertEquals("Interrupted", reply(transport.until_idle(blocking)).path("ename").asText());
        assertEquals(1, engine.interrupts.get());
    }

    @Test
    void completeInspectAndIsComplete() throws Exception {
        JsonNode complete = reply(transport.until_idle(transport.request(Channel.SHELL, "complete_request",
                "code", "System.out.pri", "cursor_pos", 14)));
        assertEquals(List.of("println(", "print("), List.of(complete.path("matches").get(0).asText(),
                complete.path("matches").get(1).asText()));
        assertEquals(4, complete.path("cursor_start").asInt());
        assertEquals(14, complete.path("cursor_end").asInt());

        JsonNode inspect = reply(transport.until_idle(transport.request(Channel.SHELL, "inspect_request",
                "code", "Math.max", "cursor_pos", 8, "detail_level", 0)));
        assertTrue(inspect.path("found").asBoolean());
        JsonNode notFound = reply(transport.until_idle(transport.request(Channel.SHELL, "inspect_request",
                "code", "", "cursor_pos", 0)));
        assertFalse(notFound.path("found").asBoolean());

        JsonNode incomplete = reply(transport.until_idle(transport.request(Channel.SHELL, "is_complete_request",
                "code", "class A {")));
        assertEquals("incomplete", incomplete.path("status").asText());
        assertEquals("    ", incomplete.path("indent").asText());
    }

    @Test
    void cursorPositionsCountCodePointsNotUtf16Units() throws Exception {
        // "😀" is one code point but two Java chars: the reply must not drift by one
        JsonNode complete = reply(transport.until_idle(transport.request(Channel.SHELL, "complete_request",
                "code", "\"😀\"; x", "cursor_pos", 6)));
        assertEquals(6, complete.path("cursor_end").asInt());
    }

    @Test
    void historySearchAndRange() throws Exception {
        execute("code", "val alpha");
        execute("code", "val beta");
        execute("code", "val alphabet");
        JsonNode found = reply(transport.until_idle(transport.request(Channel.SHELL, "history_request",
                "hist_access_type", "search", "pattern", "*alpha*", "n", 10))).path("history");
        assertEquals(2, found.size());
        assertEquals("val alphabet", found.get(1).get(2).asText());
        JsonNode range = reply(transport.until_idle(transport.request(Channel.SHELL, "history_request",
                "hist_access_type", "range", "session", 0, "start", 2, "stop", 3))).path("history");
        assertEquals(1, range.size());
        assertEquals("val beta", range.get(0).get(2).asText());
    }

    @Test
    void commToAnUnknownTargetIsClosedAndCommInfoListsOpenComms() throws Exception {
        var sent = transport.until_idle(transport.request(Channel.SHELL, "comm_open",
                "comm_id", "c1", "target_name", "nobody", "data", Map.of()));
        assertTrue(types(sent).contains("comm_close"));
        JsonNode info = reply(transport.until_idle(transport.request(Channel.SHELL, "comm_info_request")));
        assertEquals("ok", info.path("status").asText());
        assertEquals(0, info.path("comms").size());
    }

    @Test
    void unknownMessageTypeIsIgnoredButStillBusyIdle() throws Exception {
        var sent = transport.until_idle(transport.request(Channel.SHELL, "frobnicate_request"));
        assertEquals(List.of("status:busy", "status:idle"), types(sent));
        assertEquals("ok", reply(execute("code", "val 1")).path("status").asText());
    }

    @Test
    void stdinIsOfferedOnlyWhenTheFrontendAllowsIt() throws Exception {
        execute("code", "input", "allow_stdin", false);
        assertNull(engine.lastInput);
    }

    @Test
    void aFieldOfTheWrongTypeGetsAClearErrorReplyAndRunsNothing() throws Exception {
        var sent = execute("code", 42);
        JsonNode reply = reply(sent);
        assertEquals("error", reply.path("status").asText());
        assertEquals("InvalidRequest", reply.path("ename").asText());
        assertTrue(reply.path("evalue").asText().contains("\"code\" must be a string, not a number"));
        assertFalse(types(sent).contains("execute_input"));
        assertEquals("ok", reply(execute("code", "val 1", "silent", false)).path("status").asText());
        assertEquals("error", reply(execute("code", "val 1", "silent", "yes")).path("status").asText());
    }

    @Test
    void completionIsAnsweredWhileACellRuns() throws Exception {
        Message blocking = transport.request(Channel.SHELL, "execute_request", "code", "block");
        assertTrue(engine.blocking.await(5, TimeUnit.SECONDS));
        JsonNode complete = reply(transport.until_idle(transport.request(Channel.SHELL, "complete_request",
                "code", "System.out.pri", "cursor_pos", 14)));
        assertEquals("ok", complete.path("status").asText());
        transport.until_idle(transport.request(Channel.CONTROL, "interrupt_request"));
        transport.until_idle(blocking);
    }
}
