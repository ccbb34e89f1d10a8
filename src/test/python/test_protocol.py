"""What a frontend relies on, checked through jupyter_client against the installed kernel."""
import time
import unittest

from jupyter_client.session import Session

from loomlab_client import KernelTestCase, TIMEOUT


class ExecutionTests(KernelTestCase):

    def test_state_survives_between_cells_and_methods_can_be_redefined(self):
        self.run_cell("int base = 40;\nint add(int x) { return base + x; }")
        self.assertEqual(self.value("add(2)"), "42")
        self.run_cell("int add(int x) { return base - x; }")
        self.assertEqual(self.value("add(2)"), "38")

    def test_a_semicolon_after_the_last_expression_hides_its_value(self):
        _, shown = self.run_cell('"abc".length()')
        _, hidden = self.run_cell('"abc".length();')
        self.assertEqual([m["msg_type"] for m in shown if m["msg_type"] == "execute_result"], ["execute_result"])
        self.assertEqual([m for m in hidden if m["msg_type"] == "execute_result"], [])

    def test_silent_and_store_history_leave_the_counter_alone(self):
        first, _ = self.run_cell("1")
        silent, outputs = self.run_cell('System.out.println("quiet"); 2', silent=True)
        published = [m["msg_type"] for m in outputs if m["msg_type"] != "status"]
        self.assertEqual(published, [], "a silent execution publishes only its busy/idle status")
        self.assertEqual(silent["execution_count"], first["execution_count"])
        unstored, _ = self.run_cell("3", store_history=False)
        self.assertEqual(unstored["execution_count"], first["execution_count"])
        nxt, _ = self.run_cell("4")
        self.assertEqual(nxt["execution_count"], first["execution_count"] + 1)

    def test_user_expressions_are_evaluated_after_the_cell(self):
        reply, _ = self.run_cell("int ue = 20;", user_expressions={"double": "ue * 2", "oops": "nope + 1"})
        self.assertEqual(reply["user_expressions"]["double"]["status"], "ok")
        self.assertEqual(reply["user_expressions"]["double"]["data"]["text/plain"], "40")
        self.assertEqual(reply["user_expressions"]["oops"]["status"], "error")

    def test_stop_on_error_aborts_the_cells_queued_behind(self):
        ids = [self.kc.execute('Thread.sleep(300); throw new RuntimeException("first fails");'),
               self.kc.execute("int neverSet = 1;"),
               self.kc.execute("int neverSetEither = 2;")]
        statuses = [self.shell_reply(i)["content"]["status"] for i in ids]
        self.assertEqual(statuses, ["error", "aborted", "aborted"])
        reply, _ = self.run_cell("neverSet")
        self.assertEqual(reply["status"], "error", "an aborted cell must not have run")

    def test_run_all_stops_at_a_cell_that_fails_at_once(self):
        # Run All sends every cell in one burst; a compile error fails faster than a sleep
        ids = [self.kc.execute("undefinedName + 1"),
               self.kc.execute("int burstNeverSet = 1;"),
               self.kc.execute("int burstNeverSetEither = 2;")]
        statuses = [self.shell_reply(i)["content"]["status"] for i in ids]
        self.assertEqual(statuses, ["error", "aborted", "aborted"])
        reply, _ = self.run_cell("burstNeverSet")
        self.assertEqual(reply["status"], "error", "an aborted cell must not have run")

    def test_output_streams_while_the_cell_runs(self):
        msg_id = self.kc.execute('System.out.println("tick"); Thread.sleep(1500); System.out.println("tock");')
        first = None
        while first is None:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                first = msg
        seen_at = time.monotonic()
        self.assertEqual(first["content"]["text"], "tick\n")
        reply = self.shell_reply(msg_id)
        self.assertGreater(time.monotonic() - seen_at, 0.5, "tick came only when the cell ended")
        self.assertEqual(reply["content"]["status"], "ok")
        self.iopub_until_idle(msg_id)

    def test_runtime_error_names_the_exception_and_the_cell_line(self):
        reply, outputs = self.run_cell('int a = 1;\nObject o = null;\no.toString();')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "NullPointerException")
        trace = "\n".join(reply["traceback"])
        self.assertIn("line 3", trace)
        self.assertNotIn("jdk.jshell", trace)
        self.assertIn("error", [m["msg_type"] for m in outputs])

    def test_compile_error_points_at_line_and_column(self):
        reply, _ = self.run_cell('int ok = 1;\nString s = 42;')
        self.assertEqual(reply["status"], "error")
        trace = "\n".join(reply["traceback"])
        self.assertIn("line 2", trace)
        self.assertIn("^", trace)
        self.assertIn("incompatible types", trace)


class InterruptTests(KernelTestCase):

    def interrupt_running(self, code):
        self.run_cell("int kept = 41;")
        msg_id = self.kc.execute(code)
        self.wait_for_output(msg_id, "started")
        started = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id, timeout=30)
        elapsed = time.monotonic() - started
        self.iopub_until_idle(msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertEqual(self.value("kept + 1"), "42", "state before the interrupt must survive")
        return elapsed

    def test_interrupt_stops_a_tight_loop(self):
        self.interrupt_running('System.out.println("started"); while (true) {}')

    def test_interrupt_stops_a_sleep(self):
        self.interrupt_running('System.out.println("started"); Thread.sleep(100_000);')

    def test_interrupt_stops_a_blocked_join(self):
        self.interrupt_running("Thread t = new Thread(() -> { while (true) {} }); t.setDaemon(true); t.start();"
                              ' System.out.println("started"); t.join();')


class StdinTests(KernelTestCase):

    def test_system_in_asks_the_frontend(self):
        msg_id = self.kc.execute('var sc = new Scanner(System.in); "hello " + sc.nextLine()', allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.kc.input("Ada")
        reply, outputs = self.collect(msg_id)
        self.assertEqual(reply["status"], "ok")
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]
        self.assertIn("hello Ada", result["content"]["data"]["text/plain"])


class SignatureTests(KernelTestCase):

    def test_a_badly_signed_request_is_dropped_and_never_executed(self):
        forged = self.km.client()
        forged.session = Session(key=b"not-the-kernel-key")
        forged.start_channels()
        try:
            forged.execute("int forgedRan = 1;")
            with self.assertRaises(Exception):
                forged.get_shell_msg(timeout=2)
        finally:
            forged.stop_channels()
        reply, _ = self.run_cell("forgedRan")
        self.assertEqual(reply["status"], "error", "a forged cell must not run")
        self.assertEqual(self.value("1 + 1"), "2", "the kernel must keep answering")


if __name__ == "__main__":
    unittest.main()
