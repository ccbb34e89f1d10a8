"""The slips a Python programmer makes with the async library get a hint in the cell, through a real Jupyter client."""
import unittest

from loomlab_client import KernelTestCase


def notes(outputs):
    return [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "display_data"]


def error(outputs):
    errors = [m["content"] for m in outputs if m["msg_type"] == "error"]
    return errors[0] if errors else None


def stderr(outputs):
    return "".join(m["content"]["text"] for m in outputs
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")


class SlipHints(KernelTestCase):

    def assert_error_hint(self, code, ename, *words):
        reply, outputs = self.run_cell(code)
        self.assertEqual(reply["status"], "error", outputs)
        err = error(outputs)
        self.assertEqual(err["ename"], ename, err)
        hint = err["traceback"][-1]
        self.assertTrue(hint.startswith("Hint: "), err["traceback"])
        for word in words:
            self.assertIn(word, hint)
        return err

    def test_task_wait_is_object_wait_and_the_hint_says_await(self):
        err = self.assert_error_hint('var job = createTask(() -> { sleep(0.01); return 1; });\njob.wait();',
                                     "IllegalMonitorStateException", "job.wait() is Java's Object.wait", "job.await()")
        self.assertIn("at cell", "\n".join(err["traceback"]), "the real error stays above the hint")

    def test_unqualified_wait_points_to_async_wait(self):
        self.assert_error_hint('var a = createTask(() -> 1);\nwait(List.of(a))', "CompilationException",
                               "Async.wait(...)", "waitTasks(...)")

    def test_result_on_a_pending_task_points_to_await(self):
        self.assert_error_hint('var p = createTask(() -> { sleep(0.01); return 1; });\np.result()',
                               "InvalidStateException", "result() never waits", "task.await()")

    def test_passing_a_call_instead_of_a_lambda(self):
        self.run_cell('String fetch(String url) { return url; }')
        self.assert_error_hint('createTask(fetch("a"))', "CompilationException",
                               'createTask(() -> fetch("a"))')
        self.run_cell('void work() { }')
        self.assert_error_hint('run(work())', "CompilationException", "run(() -> work())")

    def test_python_keywords_and_prefix(self):
        self.assert_error_hint('async void f() { sleep(1); }', "CompilationException", "no async keyword")
        self.assert_error_hint('asyncio.sleep(0.1)', "CompilationException", "write sleep(...)")

    def test_await_keyword_gets_a_hint_before_the_cell_runs(self):
        reply, outputs = self.run_cell('var u = createTask(() -> 1);\nawait u;')
        self.assertIn("Hint: Java has no await keyword: `await u;` declares a variable. Write u.await()",
                      "\n".join(notes(outputs)))

    def test_sleep_in_milliseconds_is_caught_before_it_hangs(self):
        # the hint arrives before the cell starts sleeping; the stop button then ends the cell
        msg_id = self.kc.execute('sleep(2000)')
        hint = None
        while hint is None:
            msg = self.kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "display_data":
                hint = msg["content"]["data"]["text/plain"]
        self.km.interrupt_kernel()
        self.collect(msg_id)
        self.assertIn("sleep(2000) waits 2000 seconds", hint)
        self.assertIn("sleep(2.0) or sleep(Duration.ofMillis(2000))", hint)

    def test_catching_illegal_state_around_an_await_warns_about_cancellation(self):
        reply, outputs = self.run_cell(
            'var w = createTask(() -> { sleep(0.05); return 1; });\nw.cancel();\n'
            'try { w.await(); } catch (IllegalStateException e) { System.out.println("caught " + e.getClass().getSimpleName()); }')
        self.assertEqual(reply["status"], "ok")
        self.assertIn("CancelledException is an IllegalStateException", "\n".join(notes(outputs)))
        self.assertIn("caught CancelledException", self.stdout(outputs))

    def test_a_gather_nobody_awaited_in_run_is_named(self):
        reply, outputs = self.run_cell(
            'run(() -> { var a = createTask("slow", () -> { sleep(1); return 1; }); gather(a); sleep(0.01); })')
        self.assertEqual(reply["status"], "ok")
        # loop warnings are notes under the cell, not stderr (nbgrader zeroes a test cell that wrote to stderr)
        self.assertIn("a gather(...) of 1 task was never awaited", "\n".join(notes(outputs)))
        self.assertIn("Task 'slow'", "\n".join(notes(outputs)))
        self.assertEqual(stderr(outputs), "")

    def test_correct_code_gets_no_hint(self):
        reply, outputs = self.run_cell(
            '// sleep(1000) in a comment, "sleep(5000)" in a string, Thread.sleep in milliseconds\n'
            'Thread.sleep(150);\n'
            'var tasks = List.of(createTask(() -> { sleep(0.01); return 1; }), createTask(() -> 2));\n'
            'System.out.println(Async.wait(tasks, 1).done().size() + " " + waitTasks(tasks, Duration.ofSeconds(1)).done().size());\n'
            'try { tasks.get(0).await(); } catch (ArithmeticException e) { }\n'
            'run(() -> gather(createTask(() -> 1)).await());\n'
            'gather(tasks).await()')
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertEqual(self.stdout(outputs), "2 2\n")
        self.assertEqual(notes(outputs), [])
        self.assertEqual(stderr(outputs), "")


if __name__ == "__main__":
    unittest.main()
