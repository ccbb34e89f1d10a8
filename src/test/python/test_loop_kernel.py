"""Cells run on a live event loop: what a teacher sees through a real Jupyter client."""
import time
import unittest

from loomlab_client import KernelTestCase, TIMEOUT


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
            'createTask("ticker", () -> { sleep(0.3); System.out.println("tick"); return null; });')
        notes = texts(outputs, "display_data")
        self.assertTrue(any("1 task still running: ticker" in n for n in notes), outputs)
        time.sleep(1.0)
        _, later = self.run_cell('System.out.println("next cell");')
        printed = "".join(texts(later))
        self.assertIn("[from cell", printed)
        self.assertIn("ticker] tick\n", printed)
        self.assertIn("next cell\n", printed)

    def test_output_from_an_earlier_cells_task_goes_to_the_running_cell_with_its_origin(self):
        self.run_cell('createTask("late", () -> { sleep(0.5); System.out.println("late hello"); return null; });')
        _, outputs = self.run_cell('for (int i = 0; i < 15; i++) sleep(0.1);')
        printed = "".join(texts(outputs))
        self.assertRegex(printed, r"\[from cell \d+, late\] late hello\n")

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
            'createTask("worker", () -> { try { sleep(100); } finally { System.out.println("worker cleaned up"); } return null; });\n'
            'sleep(100);')
        time.sleep(1.5)
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertIn("worker cleaned up\n", "".join(texts(outputs)))
        self.assertTrue(any("cancelled 1 task" in n for n in texts(outputs, "display_data")), outputs)
        self.assertEqual(self.value("kept"), "7")
        _, listing = self.run_cell("%tasks")
        self.assertNotIn("worker", "".join(texts(listing)))

    def test_threads_magic_names_a_deadlock(self):
        self.run_cell(
            "Object a = new Object(), b = new Object();\n"
            "Runnable ab = () -> { synchronized (a) { try { Thread.sleep(200); } catch (InterruptedException e) {} synchronized (b) {} } };\n"
            "Runnable ba = () -> { synchronized (b) { try { Thread.sleep(200); } catch (InterruptedException e) {} synchronized (a) {} } };\n"
            "Thread t1 = new Thread(ab, \"left\"); Thread t2 = new Thread(ba, \"right\");\n"
            "t1.setDaemon(true); t2.setDaemon(true); t1.start(); t2.start();")
        time.sleep(1.0)
        _, outputs = self.run_cell("%threads")
        report = "".join(texts(outputs))
        self.assertIn("Deadlock", report)
        self.assertIn("left", report)
        self.assertIn("right", report)


if __name__ == "__main__":
    unittest.main()
