"""Students will break things: the kernel keeps answering, keeps state, and says plainly what happened.

Each class starts its own kernel through jupyter_client, some with a small heap
(JDK_JAVA_OPTIONS, read by the java launcher) so running out of memory is quick.
"""
import os
import time
import unittest

from jupyter_client.manager import start_new_kernel

from loomlab_client import KernelTestCase, TIMEOUT


class RobustKernelTestCase(KernelTestCase):
    """A KernelTestCase whose kernel gets extra environment variables."""
    kernel_env = {}

    @classmethod
    def setUpClass(cls):
        env = dict(os.environ, **cls.kernel_env)
        cls.km, cls.kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT, env=env)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=not cls.km.is_alive())

    @staticmethod
    def stderr(outputs):
        return "".join(m["content"]["text"] for m in outputs
                       if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")

    def interrupt_once_stdout_reaches(self, msg_id, size):
        """Waits until the cell has printed size characters, presses the stop button, and
        returns (reply, outputs)."""
        seen, printed = [], 0
        while printed < size:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            seen.append(msg)
            if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
                printed += len(msg["content"]["text"])
        reply, outputs = self.interrupt_now(msg_id)
        return reply, seen + outputs

    def interrupt_once_printed(self, msg_id, text):
        """Waits until the cell has printed text, presses the stop button, returns (reply, outputs)."""
        before = self.wait_for_output(msg_id, text)
        reply, outputs = self.interrupt_now(msg_id)
        return reply, before + outputs

    def interrupt_now(self, msg_id):
        self.km.interrupt_kernel()
        return self.collect(msg_id, timeout=30)

    def assert_interrupted_and_state_kept(self, reply):
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "Interrupted", reply)
        self.assertEqual(self.value("kept + 1"), "42", "state defined before the interrupt must survive")


class OutputFloodTests(RobustKernelTestCase):
    kernel_env = {"LOOMLAB_MAX_OUTPUT_MB": "1", "JDK_JAVA_OPTIONS": "-Xmx300m"}

    def test_a_100_mb_flood_keeps_the_first_megabyte_and_ends_with_one_note(self):
        reply, outputs = self.run_cell('for (int i = 0; i < 1_000_000; i++) System.out.println("x".repeat(99));')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(len(self.stdout(outputs)), 1024 * 1024, "the cell keeps exactly its first megabyte")
        notes = [m for m in outputs if m["msg_type"] == "stream" and "dropped" in m["content"]["text"]]
        self.assertEqual(len(notes), 1, "one note, not one per dropped write")
        self.assertIs(notes[0], [m for m in outputs if m["msg_type"] == "stream"][-1], "the note comes last")
        self.assertIn("94.4 MB of output were dropped (limit 1 MB per cell", notes[0]["content"]["text"])
        self.assertEqual(self.value("1 + 1"), "2")

    def test_an_endless_flood_can_be_interrupted(self):
        self.run_cell("int kept = 41;")
        msg_id = self.kc.execute('while (true) System.out.println("all work and no play");')
        # Stopped once the flood has used up its megabyte, so some of it was dropped.
        reply, outputs = self.interrupt_once_stdout_reaches(msg_id, 1024 * 1024)
        self.assertIn("of output were dropped", self.stderr(outputs))
        self.assert_interrupted_and_state_kept(reply)

    def test_the_next_cell_gets_a_fresh_allowance(self):
        self.run_cell('System.out.print("y".repeat(2 * 1024 * 1024));')
        reply, outputs = self.run_cell('System.out.println("still here");')
        self.assertEqual(self.stdout(outputs), "still here\n")
        self.assertEqual(self.stderr(outputs), "")


class ExitTests(RobustKernelTestCase):

    def assert_exit_refused(self, code, call):
        reply, outputs = self.run_cell(code)
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "SystemExitError")
        self.assertTrue(reply["evalue"].startswith(call + " was called in a cell; the kernel keeps running"),
                        reply["evalue"])
        self.assertIn("restart the kernel", reply["evalue"])
        self.assertIn("line 2", "\n".join(reply["traceback"]), "the trace points at the call")
        self.assertTrue(self.km.is_alive())

    def test_system_exit_fails_the_cell_and_the_kernel_keeps_its_state(self):
        self.run_cell("int kept = 41;")
        self.assert_exit_refused('System.out.println("done");\nSystem.exit(0);', "System.exit(0)")
        self.assertEqual(self.value("kept + 1"), "42")

    def test_runtime_exit_and_halt_are_refused_too(self):
        self.assert_exit_refused("var rt = Runtime.getRuntime();\nrt.exit(1);", "Runtime.getRuntime().exit(1)")
        self.assert_exit_refused("var rt2 = Runtime.getRuntime();\nrt2.halt(2);", "Runtime.getRuntime().halt(2)")
        self.assertEqual(self.value("1 + 1"), "2")


class ExitOutsideCellCodeTests(RobustKernelTestCase):

    def test_an_exit_the_kernel_cannot_prevent_is_announced_in_the_cell(self):
        msg_id = self.kc.execute('System.out.println("before");\n'
                                 'System.class.getMethod("exit", int.class).invoke(null, 3);')
        texts = []
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and "quitting" not in "".join(texts):
            try:
                msg = self.kc.get_iopub_msg(timeout=1)
            except Exception:
                continue
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                texts.append(msg["content"]["text"])
        text = "".join(texts)
        self.assertIn("before", text)
        self.assertIn("The kernel is quitting: code in a cell (through reflection or a method handle)"
                      " called System.exit", text)
        while self.km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertFalse(self.km.is_alive(), "this exit really ends the process: that is the limit of what Java allows")


class MemoryAndStackTests(RobustKernelTestCase):
    kernel_env = {"JDK_JAVA_OPTIONS": "-Xmx512m"}

    def assert_out_of_memory(self, reply):
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "OutOfMemoryError")
        self.assertIn("Java heap space", reply["evalue"])

    def assert_memory_is_free(self):
        # 200 MB of a 512 MB heap: impossible while the failed cell's data is still held. (The
        # kernelspec's Serial GC keeps a third of the heap for young objects, so one array can
        # take at most about 340 MB of the old generation, less what the session itself holds.)
        self.assertEqual(self.value("new long[25_000_000].length"), "25000000")

    def test_running_out_of_memory_frees_the_cells_variable_and_says_so(self):
        reply, outputs = self.run_cell("var hog = new ArrayList<long[]>();\n"
                                       "while (true) hog.add(new long[10_000_000]);")
        self.assert_out_of_memory(reply)
        note = self.stderr(outputs)
        self.assertIn("Java ran out of memory: the kernel may use at most", note)
        self.assertIn("This cell's variable hog was set to null so that the memory could be freed.", note)
        self.assertIn("the kernel goes on as usual", note)
        self.assertEqual(self.value("hog == null"), "true")
        self.assert_memory_is_free()

    def test_filling_memory_to_the_last_byte_from_a_local_list(self):
        reply, outputs = self.run_cell("{ var local = new ArrayList<Object>();\n"
                                       "  while (true) local.add(new int[64]); }")
        self.assert_out_of_memory(reply)
        self.assertIn("the kernel goes on as usual", self.stderr(outputs))
        self.assertEqual(self.value("1 + 1"), "2")
        self.assert_memory_is_free()

    def test_memory_held_by_an_earlier_cells_variable_is_pointed_out(self):
        self.run_cell("var kept = new ArrayList<long[]>();")
        reply, outputs = self.run_cell("while (true) kept.add(new long[10_000_000]);")
        self.assert_out_of_memory(reply)
        note = self.stderr(outputs)
        self.assertIn("a variable from an earlier cell probably holds a lot", note)
        self.assertIn("Set it to null", note)
        reply, _ = self.run_cell("kept = null;")
        self.assertEqual(reply["status"], "ok", reply)
        self.assert_memory_is_free()

    def test_a_stack_overflow_shows_a_short_trace(self):
        self.run_cell("int down(int n) { return down(n + 1) + 1; }")
        reply, _ = self.run_cell("down(0)")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "StackOverflowError")
        self.assertLess(len(reply["traceback"]), 40, "thousands of identical frames help nobody")
        trace = "\n".join(reply["traceback"])
        self.assertIn("more frames left out", trace)
        self.assertIn("down(cell", trace)
        self.assertNotIn("REPL.", trace, "JShell's own frames are left out")
        self.assertEqual(self.value("1 + 1"), "2")


class InterruptRecoveryTests(RobustKernelTestCase):

    def setUp(self):
        self.run_cell("int kept = 41;")

    def test_a_deadlock_between_two_threads_the_cell_joins(self):
        msg_id = self.kc.execute("""
            Object lockA = new Object();
            Object lockB = new Object();
            var bothHoldOne = new java.util.concurrent.CountDownLatch(2);
            Runnable ab = () -> { synchronized (lockA) { bothHoldOne.countDown();
                try { bothHoldOne.await(); } catch (InterruptedException e) {} synchronized (lockB) {} } };
            Runnable ba = () -> { synchronized (lockB) { bothHoldOne.countDown();
                try { bothHoldOne.await(); } catch (InterruptedException e) {} synchronized (lockA) {} } };
            Thread t1 = new Thread(ab, "left");
            Thread t2 = new Thread(ba, "right");
            t1.start(); t2.start();
            while (t1.getState() != Thread.State.BLOCKED || t2.getState() != Thread.State.BLOCKED) { Thread.onSpinWait(); }
            System.out.println("deadlocked");
            t1.join(); t2.join();
            """)
        reply, outputs = self.interrupt_once_printed(msg_id, "deadlocked")
        self.assertIn("2 threads this cell started are still running: ", self.stderr(outputs))
        self.assertIn("left (stuck waiting for a lock: a deadlock?)", self.stderr(outputs))
        self.assertIn("until the kernel is restarted", self.stderr(outputs))
        self.assert_interrupted_and_state_kept(reply)
        self.assertEqual(self.value("lockA != null"), "true", "variables the cell defined before it hung stay")

    def test_a_scanner_waiting_for_input_that_never_comes(self):
        msg_id = self.kc.execute("var sc = new Scanner(System.in);\nString line = sc.nextLine();", allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        reply, _ = self.interrupt_now(msg_id)  # the input_request says the cell waits
        self.assert_interrupted_and_state_kept(reply)

    def test_sleeping_forever(self):
        msg_id = self.kc.execute('System.out.println("asleep"); Thread.sleep(Long.MAX_VALUE);')
        reply, outputs = self.interrupt_once_printed(msg_id, "asleep")
        self.assertNotIn("still running", self.stderr(outputs), "no thread is left over here")
        self.assert_interrupted_and_state_kept(reply)


if __name__ == "__main__":
    unittest.main()
