"""History that outlives the kernel: every stored cell goes into an SQLite file before it runs,
so a kernel killed mid-cell loses nothing; history_request (tail, range with relative
sessions, glob search with unique) and %history read every session; several kernels share the
file; a corrupt file leaves a working kernel that says once that history is in memory only.
Each test class has a history file of its own in a temp folder (LOOMLAB_HISTORY)."""
import os
import pathlib
import shutil
import signal
import sqlite3
import tempfile
import time
import unittest

from jupyter_client.manager import start_new_kernel

from loomlab_client import TIMEOUT


class Kernels(unittest.TestCase):
    """Starts kernels on one history file and runs cells in them."""

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="loomlab-history-"))
        self.file = self.tmp / "history.sqlite"
        self.kernels = []

    def tearDown(self):
        for km, kc in self.kernels:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start(self, history=None):
        env = dict(os.environ, LOOMLAB_HISTORY=str(history if history is not None else self.file))
        km, kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT, env=env)
        self.kernels.append((km, kc))
        return km, kc

    @staticmethod
    def reply_to(kc, msg_id, channel="shell"):
        deadline = time.monotonic() + TIMEOUT
        while True:
            get = kc.get_shell_msg if channel == "shell" else kc.get_iopub_msg
            msg = get(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def cell(self, kc, code):
        """Runs code; returns (reply content, stdout, stderr)."""
        msg_id = kc.execute(code)
        reply = self.reply_to(kc, msg_id)["content"]
        out, err = [], []
        while True:
            msg = self.reply_to(kc, msg_id, "iopub")
            if msg["msg_type"] == "stream":
                (out if msg["content"]["name"] == "stdout" else err).append(msg["content"]["text"])
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return reply, "".join(out), "".join(err)

    def history(self, kc, **request):
        msg_id = kc.history(**request)
        content = self.reply_to(kc, msg_id)["content"]
        self.assertEqual(content["status"], "ok", content)
        return [tuple(row) for row in content["history"]]


class HistorySurvivesTheKernel(Kernels):

    def test_a_cell_running_when_the_kernel_is_killed_is_in_the_next_kernels_history(self):
        km, kc = self.start()
        self.cell(kc, "int x = 41;")
        self.cell(kc, "x + 1")
        msg_id = kc.execute('String marker = "killed mid-cell";\nSystem.out.println("running");\nThread.sleep(600_000);')
        while True:   # the cell has started: its output arrived
            msg = self.reply_to(kc, msg_id, "iopub")
            if msg["msg_type"] == "stream" and "running" in msg["content"]["text"]:
                break
        os.kill(km.provisioner.process.pid, signal.SIGKILL)
        km.provisioner.process.wait()

        _, kc2 = self.start()
        tail = self.history(kc2, hist_access_type="tail", n=10, output=False, raw=True)
        self.assertIn('String marker = "killed mid-cell";\nSystem.out.println("running");\nThread.sleep(600_000);',
                      [row[2] for row in tail])
        first_session = tail[-1][0]
        self.assertEqual([row[1] for row in tail if row[0] == first_session], [1, 2, 3])

        previous = self.history(kc2, hist_access_type="range", session=-1, start=1, stop=0, output=True, raw=True)
        self.assertEqual(previous[:2], [(first_session, 1, ["int x = 41;", None]), (first_session, 2, ["x + 1", "42"])])
        self.cell(kc2, "int y = 2;")
        current = self.history(kc2, hist_access_type="range", session=0, start=1, stop=0, output=False, raw=True)
        self.assertEqual(current, [(first_session + 1, 1, "int y = 2;")], "a new kernel is a new session")
        by_number = self.history(kc2, hist_access_type="range", session=first_session, start=2, stop=3,
                                 output=False, raw=True)
        self.assertEqual(by_number, [(first_session, 2, "x + 1")])

    def test_search_globs_across_sessions_and_unique_keeps_the_newest(self):
        for _ in range(2):
            km, kc = self.start()
            self.cell(kc, 'String greeting = "hello";')
            self.cell(kc, "greeting.length()")
            km.shutdown_kernel(now=False)
        _, kc = self.start()
        found = self.history(kc, hist_access_type="search", pattern="String greet*", n=0, unique=False,
                             output=False, raw=True)
        self.assertEqual(len(found), 2)
        self.assertLess(found[0][0], found[1][0], "oldest first")
        unique = self.history(kc, hist_access_type="search", pattern="*greeting*", n=0, unique=True,
                              output=False, raw=True)
        self.assertEqual(sorted(row[2] for row in unique), ['String greeting = "hello";', "greeting.length()"])
        self.assertTrue(all(row[0] == found[1][0] for row in unique), "the newest of each")
        last_one = self.history(kc, hist_access_type="search", pattern="greeting.len?th()", n=1, unique=False,
                                output=False, raw=True)
        self.assertEqual(last_one, [(found[1][0], 2, "greeting.length()")])

    def test_the_history_magic_shows_this_session_and_searches_all(self):
        km, kc = self.start()
        self.cell(kc, 'String city = "Lyon";')
        km.shutdown_kernel(now=False)
        _, kc = self.start()
        self.cell(kc, "int count = 3;")
        self.cell(kc, "count * 2")
        _, out, _ = self.cell(kc, "%history -n -o")
        self.assertIn("1: int count = 3;\n2: count * 2\nOut[2]: 6\n3: %history -n -o", out)
        _, out, _ = self.cell(kc, "%history -g city")
        self.assertRegex(out, r'\d+/1: String city = "Lyon";')
        _, out, _ = self.cell(kc, "%history ~1/1")
        self.assertEqual(out.strip(), 'String city = "Lyon";')


class KernelsShareTheFile(Kernels):

    def test_two_kernels_writing_at_once_lose_nothing(self):
        (_, a), (_, b) = self.start(), self.start()
        cells = 60
        sent = {a: [], b: []}
        for i in range(cells):   # both queues full at once: the kernels write side by side
            for kc, name in ((a, "a"), (b, "b")):
                sent[kc].append(kc.execute(f'String {name}{i} = "{name}{i}";'))
        for kc in (a, b):
            for msg_id in sent[kc]:
                self.assertEqual(self.reply_to(kc, msg_id)["content"]["status"], "ok")
        with sqlite3.connect(self.file) as db:
            rows = db.execute("SELECT session, line, source FROM history ORDER BY session, line").fetchall()
        self.assertEqual(len(rows), 2 * cells)
        by_session = {}
        for session, line, source in rows:
            by_session.setdefault(session, []).append((line, source))
        self.assertEqual(len(by_session), 2)
        for lines in by_session.values():
            self.assertEqual([line for line, _ in lines], list(range(1, cells + 1)))
        seen = self.history(a, hist_access_type="search", pattern='String b* = "b*";', n=0, unique=False,
                            output=False, raw=True)
        self.assertEqual(len(seen), cells, "one kernel reads what the other wrote")


class HistoryFallsBackToMemory(Kernels):

    def test_a_corrupt_file_leaves_a_working_kernel_that_says_so_once(self):
        garbage = b"this is not an SQLite database\n" * 100
        self.file.write_bytes(garbage)
        _, kc = self.start()
        reply, _, err = self.cell(kc, "int z = 1;")
        self.assertEqual(reply["status"], "ok")
        self.assertIn("History: cannot use the history file", err)
        self.assertIn("in memory only", err)
        reply, _, err = self.cell(kc, "z + 1")
        self.assertEqual(err, "", "said once")
        self.assertEqual(self.history(kc, hist_access_type="tail", n=5, output=True, raw=True),
                         [(1, 1, ["int z = 1;", None]), (1, 2, ["z + 1", "2"])])
        self.assertEqual(self.file.read_bytes(), garbage, "the user's file is left alone")

    def test_off_keeps_history_in_memory_and_writes_no_file(self):
        _, kc = self.start(history="off")
        _, _, err = self.cell(kc, "int w = 5;")
        self.assertEqual(err, "")
        self.assertEqual(self.history(kc, hist_access_type="tail", n=5, output=False, raw=True), [(1, 1, "int w = 5;")])
        self.assertEqual(list(self.tmp.iterdir()), [])
