"""Shift+Tab and Tab as a frontend asks for them (inspect_request, complete_request), through jupyter_client."""
import unittest

from jupyter_client.manager import start_new_kernel

from loomlab_client import KernelTestCase, TIMEOUT


def inspect(kc, code, cursor):
    reply = kc.inspect(code, cursor, reply=True, timeout=TIMEOUT)["content"]
    return reply["found"], reply.get("data", {})


class HelpRightAfterStartTest(unittest.TestCase):
    """The first Shift+Tab of a session comes while JShell may still be starting: it waits, not fails."""

    def test_first_request_of_the_session_documents_create_task(self):
        km, kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT)
        try:
            code = "var t = createTask(() -> 1);"
            found, data = inspect(kc, code, code.index("createTask") + len("createTask"))
            self.assertTrue(found, "createTask is found as the session's first request")
            self.assertIn("Task<T> Async.<T>createTask(Callable<T> body)", data["text/plain"])
            self.assertIn("starts when the caller next yields", data["text/plain"])
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


class HelpAndCompletionTest(KernelTestCase):

    def test_gather_shows_its_signatures_and_its_javadoc(self):
        found, data = inspect(self.kc, "gather", 6)
        self.assertTrue(found)
        plain = data["text/plain"]
        self.assertIn("AsyncFuture<List<T>> Async.<T>gather(AsyncFuture<? extends T>... futures)", plain)
        self.assertIn("argument order", plain, "the javadoc, not only the signatures")
        self.assertIn("argument order", data["text/markdown"])

    def test_a_library_method_of_an_object_is_documented(self):
        self.run_cell("var ready = new dev.loomlab.async.AsyncEvent();")
        code = "ready.clear()"
        found, data = inspect(self.kc, code, code.index("clear") + 2)
        self.assertTrue(found, data)
        self.assertIn("void AsyncEvent.clear()", data["text/plain"])
        self.assertIn("later awaits wait again", data["text/plain"])

    def test_the_jdk_is_still_documented(self):
        found, data = inspect(self.kc, "Math.max(1, 2)", 6)
        self.assertTrue(found)
        self.assertIn("int Math.max(int a, int b)", data["text/plain"])

    def test_tab_after_percent_ma_offers_the_maven_magics(self):
        reply = self.kc.complete("%ma", 3, reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(reply["matches"], ["%maven", "%mavenRepo"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (0, 3))

    def test_tab_on_a_magic_in_a_later_line_and_a_cell_magic(self):
        code = "int x = 1;\n%mavenR"
        reply = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(reply["matches"], ["%mavenRepo"])
        self.assertEqual(reply["cursor_start"], code.index("%"))
        reply = self.kc.complete("%%qu", 4, reply=True, timeout=TIMEOUT)["content"]
        self.assertIn("%%quiz", reply["matches"])

    def test_tab_still_completes_java(self):
        self.run_cell("int sessionCounter = 41;")
        code = "sessionCoun"
        reply = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertIn("sessionCounter", reply["matches"])


if __name__ == "__main__":
    unittest.main()
