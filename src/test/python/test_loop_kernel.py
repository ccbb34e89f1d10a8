"""Cells run on a live event loop: what a teacher sees through a real Jupyter client."""
import os
import time
import unittest
import xml.etree.ElementTree as ET

from jupyter_client.manager import start_new_kernel

from loomlab_client import KernelTestCase, TIMEOUT

SLEEPY_CELL = ("{ double t0 = time();\n"
               "  for (int i = 1; i <= 3; i++) { sleep(0.5); System.out.printf(\"tick %d at %.1f s%n\", i, Math.floor((time() - t0) * 10) / 10); } }")


def texts(outputs, kind="stream"):
    out = []
    for m in outputs:
        if m["msg_type"] != kind:
            continue
        out.append(m["content"]["text"] if kind == "stream" else m["content"]["data"]["text/plain"])
    return out


class TopLevelAwait(KernelTestCase):

    def test_a_created_task_starts_only_when_the_cell_yields(self):
        _, outputs = self.run_cell(
            'var t = createTask(() -> System.out.println("task started"));\n'
            'System.out.println("main continues");\n'
            'sleep(0);\n'
            'System.out.println("main after yield");')
        self.assertEqual("".join(texts(outputs)), "main continues\ntask started\nmain after yield\n")

    def test_gather_and_await_work_without_a_run_wrapper(self):
        self.assertEqual(self.value(
            'gather(createTask(() -> { sleep(0.2); return "slow"; }),\n'
            '       createTask(() -> { sleep(0.1); return "fast"; })).await()'), "[slow, fast]")

    def test_run_inside_a_cell_still_gets_a_fresh_loop(self):
        self.assertEqual(self.value(
            'run(() -> { createTask(() -> sleep(10)); return getRunningLoop() != null; })'), "true")

    def test_a_pending_task_is_noted_and_keeps_running_after_its_cell(self):
        reply, outputs = self.run_cell(
            'var ticker = createTask("ticker", () -> { sleep(0.3); System.out.println("tick"); return null; });')
        notes = texts(outputs, "display_data")
        self.assertTrue(any("1 task still running: ticker" in n for n in notes), outputs)
        # The next cell waits for the task, so its tick is there however slow the machine.
        _, later = self.run_cell('ticker.await();\nSystem.out.println("next cell");')
        printed = "".join(texts(later))
        self.assertIn("[from cell", printed)
        self.assertIn("ticker] tick\n", printed)
        self.assertIn("next cell\n", printed)

    def test_a_failed_task_nobody_awaits_is_reported_as_asyncio_does(self):
        self.run_cell('void explodeLater() { throw new IllegalStateException("nobody awaited me"); }')
        _, outputs = self.run_cell('createTask("forgotten", () -> { explodeLater(); return null; });\nsleep(0.1);')
        # a note under the cell, not stderr: nbgrader gives no points to a cell that wrote to stderr
        self.assertEqual([m for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == "stderr"], [])
        printed = "".join(texts(outputs, "display_data"))
        self.assertIn("Task exception was never retrieved: Task 'forgotten' failed with", printed)
        self.assertIn("IllegalStateException: nobody awaited me", printed)
        self.assertRegex(printed, r"at explodeLater\(cell \d+")
        self.assertNotIn("REPL.", printed)
        # a task a variable holds can still be read: no warning, as in asyncio
        _, outputs = self.run_cell('var keptTask = createTask("kept", () -> { throw new IllegalStateException("later"); });\n'
                                   'sleep(0.1);')
        self.assertNotIn("never retrieved", "".join(texts(outputs) + texts(outputs, "display_data")))
        self.assertEqual(self.value("keptTask.exception().getMessage()"), '"later"')

    def test_output_from_an_earlier_cells_task_goes_to_the_running_cell_with_its_origin(self):
        self.run_cell('createTask("late", () -> { sleep(0.5); System.out.println("late hello"); return null; });')
        _, outputs = self.run_cell('for (int i = 0; i < 30; i++) sleep(0.1);')
        printed = "".join(texts(outputs))
        self.assertRegex(printed, r"\[from cell \d+, late\] late hello\n")

    def test_a_platform_thread_of_a_finished_cell_prints_into_the_running_cell(self):
        self.run_cell('new Thread(() -> { try { Thread.sleep(500); } catch (InterruptedException e) { }\n'
                      '    System.out.println("from the thread"); }, "courier").start();')
        _, outputs = self.run_cell('for (int i = 0; i < 30; i++) sleep(0.1);')
        self.assertRegex("".join(texts(outputs)), r"\[from cell \d+, courier\] from the thread\n")

    def test_executor_work_prints_into_the_cell_that_submitted_it(self):
        reply, outputs = self.run_cell('toThread(() -> { System.out.println("from the pool"); return 41; }).await() + 1')
        self.assertEqual(reply["status"], "ok")
        self.assertEqual("".join(texts(outputs)), "from the pool\n")
        self.assertEqual(texts(outputs, "execute_result"), ["42"])

    def test_timeline_draws_one_row_per_task_as_valid_svg(self):
        reply, outputs = self.run_cell(
            'timeline(() -> gather(createTask("alpha", () -> sleep(0.1)),\n'
            '                      createTask("beta", () -> sleep(0.2))).await())')
        self.assertEqual(reply["status"], "ok", reply)
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
        summary = result["text/plain"].strip().splitlines()
        svg = ET.fromstring(result["image/svg+xml"])
        self.assertIn('<img alt="', result["text/html"], "the HTML shows it as an image (kept in untrusted notebooks)")
        self.assertIn("data:image/svg+xml;base64,", result["text/html"])
        ns = "{http://www.w3.org/2000/svg}"
        labels = [t.text for t in svg.iter(ns + "text") if t.get("text-anchor") == "end"]
        self.assertIn("alpha", labels)
        self.assertIn("beta", labels)
        self.assertEqual(len(labels), len(summary), "one row per task, as in the text summary")

    def test_tasks_magic_lists_live_tasks_and_what_they_wait_for(self):
        self.run_cell('createTask("napper", () -> { sleep(30); return null; });')
        _, outputs = self.run_cell("%tasks")
        listing = "".join(texts(outputs))
        self.assertIn("napper", listing)
        self.assertIn("sleep(30", listing)


class InterruptOnTheLoop(KernelTestCase):

    def test_interrupt_cancels_the_cells_tasks_which_clean_up_and_says_so(self):
        self.run_cell("int kept = 7;")
        msg_id = self.kc.execute(
            'createTask("worker", () -> { try { System.out.println("worker asleep"); sleep(100); }'
            ' finally { System.out.println("worker cleaned up"); } return null; });\n'
            'sleep(100);')
        before = self.wait_for_output(msg_id, "worker asleep")
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        outputs = before + outputs
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertIn("worker cleaned up\n", "".join(texts(outputs)))
        self.assertTrue(any("cancelled 1 task" in n for n in texts(outputs, "display_data")), outputs)
        self.assertEqual(self.value("kept"), "7")
        _, listing = self.run_cell("%tasks")
        self.assertNotIn("worker", "".join(texts(listing)))

    def test_interrupt_cancels_three_sleeping_tasks_and_names_them(self):
        self.run_cell("int before = 3;")
        msg_id = self.kc.execute('for (String n : List.of("one", "two", "three"))\n'
                                 '    createTask(n, () -> { System.out.println(n + " asleep"); sleep(60); return null; });\n'
                                 'sleep(60);')
        self.wait_for_output(msg_id, "three asleep")
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        self.assertEqual(reply["ename"], "Interrupted")
        note = " ".join(texts(outputs, "display_data"))
        self.assertIn("cancelled 3 tasks (one, two, three)", note)
        self.assertEqual(self.value("before"), "3")

    def test_interrupt_stops_a_task_spinning_in_a_tight_loop(self):
        msg_id = self.kc.execute('createTask("spinner", () -> { System.out.println("spinning"); while (true) { } });\n'
                                 'sleep(0.1);\nSystem.out.println("never");')
        before = self.wait_for_output(msg_id, "spinning")
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        outputs = before + outputs
        self.assertEqual(reply["ename"], "Interrupted")
        printed = "".join(texts(outputs) + texts(outputs, "display_data"))
        self.assertNotIn("never", printed)  # neither the print nor "exception was never retrieved"
        self.assertNotIn("swallowed", printed, "the kernel's own cell task must not be blamed")
        self.assertEqual(self.value("1 + 1"), "2", "the loop is free again")
        _, listing = self.run_cell("%tasks")
        self.assertNotIn("spinner", "".join(texts(listing)))

    def test_threads_magic_names_a_deadlock(self):
        # Each thread takes its first lock, then waits until both hold one: the deadlock is certain.
        self.run_cell(
            "Object a = new Object(), b = new Object();\n"
            "var bothHoldOne = new CountDownLatch(2);\n"
            "Runnable ab = () -> { synchronized (a) { bothHoldOne.countDown(); try { bothHoldOne.await(); } catch (InterruptedException e) {} synchronized (b) {} } };\n"
            "Runnable ba = () -> { synchronized (b) { bothHoldOne.countDown(); try { bothHoldOne.await(); } catch (InterruptedException e) {} synchronized (a) {} } };\n"
            "Thread t1 = new Thread(ab, \"left\"); Thread t2 = new Thread(ba, \"right\");\n"
            "t1.setDaemon(true); t2.setDaemon(true); t1.start(); t2.start();")
        # Wait for the signal that both are blocked on their second lock, not for a fixed time.
        deadline = time.monotonic() + TIMEOUT
        while self.value("t1.getState() == Thread.State.BLOCKED && t2.getState() == Thread.State.BLOCKED") != "true":
            self.assertLess(time.monotonic(), deadline, "the two threads never blocked")
        _, outputs = self.run_cell("%threads")
        report = "".join(texts(outputs))
        self.assertIn("Deadlock", report)
        self.assertIn("left", report)
        self.assertIn("right", report)


class VirtualClockSession(unittest.TestCase):
    """LOOMLAB_CLOCK=virtual: the same sleepy cell prints the same lines, without the waiting."""

    def run_sleepy_cell(self, clock):
        km, kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT,
                                  env={**os.environ, "LOOMLAB_CLOCK": clock})
        try:
            kc.execute_interactive("1 + 1", timeout=TIMEOUT)  # JShell warmed up: time the cell, not the start
            lines = []
            started = time.monotonic()
            kc.execute_interactive(SLEEPY_CELL, timeout=TIMEOUT,
                                   output_hook=lambda m: lines.append(m["content"]["text"])
                                   if m["msg_type"] == "stream" else None)
            return "".join(lines), time.monotonic() - started
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def test_the_virtual_clock_prints_the_same_lines_in_far_less_time(self):
        real_lines, real_seconds = self.run_sleepy_cell("system")
        virtual_lines, virtual_seconds = self.run_sleepy_cell("virtual")
        self.assertEqual(real_lines, "tick 1 at 0.5 s\ntick 2 at 1.0 s\ntick 3 at 1.5 s\n")
        self.assertEqual(virtual_lines, real_lines)
        self.assertGreater(real_seconds, 1.5)
        self.assertLess(virtual_seconds, real_seconds / 2, "the virtual clock skipped the waiting")


if __name__ == "__main__":
    unittest.main()
