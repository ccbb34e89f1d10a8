"""Long and crowded sessions: memory levels off over many cells that each gather 200 tasks, two
clients on one kernel (a notebook and `jupyter console --existing`) each get their own replies
and outputs, and a kernel limited as a 1 GiB container limits it runs the lessons and survives a
cell that exhausts its memory, and an idle kernel hands memory back without losing anything.
The speed and the full 1,000-cell picture are in src/bench/soak-bench.py, the memory figures in
src/bench/footprint-bench.py; nothing here is timed."""
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time
import unittest
from queue import Empty

from jupyter_client import BlockingKernelClient
from jupyter_client.manager import start_new_kernel

from loomlab_client import TIMEOUT, KernelTestCase
from test_notebooks import NOTEBOOKS, run_notebook, unexpected_errors

GATHER_200 = """var tasks = new ArrayList<Task<Integer>>();
for (int i = 0; i < 200; i++) { int n = i; tasks.add(createTask(() -> { sleep(0); return n; })); }
gather(tasks).await().size()"""

# A container's limit as the JVM sees it: heap and the rest sized for 1 GiB of memory.
ONE_GIB_CONTAINER = "-XX:MaxRAM=1g"


def jcmd():
    java_home = os.environ.get("JAVA_HOME")
    if java_home and pathlib.Path(java_home, "bin", "jcmd").exists():
        return str(pathlib.Path(java_home, "bin", "jcmd"))
    return shutil.which("jcmd")


def live_heap_bytes(pid):
    """Bytes of every object still reachable after a full GC (jcmd's class histogram starts with one)."""
    out = subprocess.run([jcmd(), str(pid), "GC.class_histogram"], capture_output=True, text=True,
                         timeout=300, check=True).stdout
    return int(re.search(r"^Total\s+\d+\s+(\d+)", out, re.MULTILINE).group(1))


class MemoryLevelsOff(KernelTestCase):
    """Blocks of cells that each gather 200 tasks: once warm, a block leaves next to nothing behind."""
    BLOCK = 40
    # What a block may keep, at most: JShell keeps each cell's snippets and classes (some 30 kB a
    # cell); a cell's 200 finished tasks kept alive would be ten times that.
    ALLOWED_GROWTH_PER_BLOCK = 4 * 2**20

    def run_block(self):
        for _ in range(self.BLOCK):
            self.assertEqual(self.value(GATHER_200), "200")

    @unittest.skipIf(jcmd() is None, "needs the JDK's jcmd to measure the kernel's heap")
    def test_a_warm_block_of_cells_keeps_next_to_nothing(self):
        pid = self.km.provisioner.process.pid
        self.run_block()   # warm-up: the first cells load classes and fill JShell's caches
        heaps = [live_heap_bytes(pid)]
        for _ in range(2):
            self.run_block()
            heaps.append(live_heap_bytes(pid))
        growth = [later - earlier for earlier, later in zip(heaps, heaps[1:])]
        print(f"\n  live heap after blocks of {self.BLOCK} cells: "
              + ", ".join(f"{h / 2**20:.1f} MiB" for h in heaps))
        self.assertLess(growth[-1], self.ALLOWED_GROWTH_PER_BLOCK,
                        f"the last {self.BLOCK} cells kept {growth[-1] / 2**20:.1f} MiB")


class TwoClientsOnOneKernel(KernelTestCase):
    """A notebook and `jupyter console --existing` on the same kernel: two connections, two sessions."""

    def setUp(self):
        self.other = BlockingKernelClient(connection_file=self.km.connection_file)
        self.other.load_connection_file()
        self.other.start_channels()
        self.other.wait_for_ready(timeout=TIMEOUT)

    def tearDown(self):
        if self.other.channels_running:
            self.other.stop_channels()

    @staticmethod
    def reply(client, msg_id):
        deadline = time.monotonic() + TIMEOUT
        while True:
            msg = client.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    @staticmethod
    def stdout_by_request(client, msg_ids):
        """What client's iopub carried on stdout for each request, read until each went idle."""
        deadline = time.monotonic() + TIMEOUT
        text = {msg_id: "" for msg_id in msg_ids}
        busy = set(msg_ids)
        while busy:
            msg = client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            parent = msg["parent_header"].get("msg_id")
            if parent not in text:
                continue
            if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
                text[parent] += msg["content"]["text"]
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                busy.discard(parent)
        return text

    def test_each_client_gets_its_own_replies_and_outputs(self):
        cell = 'for (int i = 0; i < 5; i++) {{ System.out.println("{0} " + i); sleep(0.05); }}\n"{0} done"'
        first = self.kc.execute(cell.format("notebook"))
        second = self.other.execute(cell.format("console"))
        info = self.other.kernel_info()   # answered while the cells run
        self.assertEqual(self.reply(self.other, info)["content"]["status"], "ok")
        self.assertEqual(self.reply(self.kc, first)["content"]["status"], "ok")
        self.assertEqual(self.reply(self.other, second)["content"]["status"], "ok")
        expected = {first: "".join(f"notebook {i}\n" for i in range(5)),
                    second: "".join(f"console {i}\n" for i in range(5))}
        # iopub is broadcast: each client sees both cells' output, each under its own request
        self.assertEqual(self.stdout_by_request(self.kc, [first, second]), expected)
        self.assertEqual(self.stdout_by_request(self.other, [first, second]), expected)

    def test_input_is_asked_of_the_client_that_ran_the_cell(self):
        msg_id = self.other.execute('new Scanner(System.in).nextLine().toUpperCase()', allow_stdin=True)
        request = self.other.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.assertEqual(request["parent_header"]["msg_id"], msg_id)
        self.other.input("from the console")
        self.assertEqual(self.reply(self.other, msg_id)["content"]["status"], "ok")
        with self.assertRaises(Empty, msg="the other client is not asked"):
            self.kc.get_stdin_msg(timeout=0)   # a look, not a wait

    def test_a_client_that_goes_away_mid_cell_does_not_break_the_other(self):
        self.other.execute("sleep(0.5);\n1")
        self.other.stop_channels()   # the console quits while its cell runs
        self.assertEqual(self.value("20 + 22"), "42")


class OneGibContainer(KernelTestCase):
    """The JVM sized for a 1 GiB container (JDK_JAVA_OPTIONS, read by the java launcher)."""

    @classmethod
    def setUpClass(cls):
        options = (os.environ.get("JDK_JAVA_OPTIONS", "") + " " + ONE_GIB_CONTAINER).strip()
        cls.km, cls.kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT,
                                          env=dict(os.environ, JDK_JAVA_OPTIONS=options))

    def test_a_cell_that_exhausts_memory_leaves_a_kernel_that_answers(self):
        reply, _ = self.run_cell("var hoard = new ArrayList<byte[]>();\nwhile (true) hoard.add(new byte[1 << 20]);")
        self.assertEqual(reply["ename"], "OutOfMemoryError", reply)
        self.assertEqual(self.value(GATHER_200), "200", "tasks still run afterwards")
        self.assertEqual(self.value("20 + 22"), "42")


class LessonsInOneGibContainer(unittest.TestCase):

    def test_every_lesson_runs(self):
        saved = os.environ.get("JDK_JAVA_OPTIONS")
        os.environ["JDK_JAVA_OPTIONS"] = ((saved or "") + " " + ONE_GIB_CONTAINER).strip()  # the kernels inherit it
        try:
            for path in NOTEBOOKS:
                with self.subTest(notebook=path.name):
                    nb = run_notebook(path, "virtual")
                    self.assertEqual(unexpected_errors(nb), [], f"{path.name} has error outputs")
        finally:
            if saved is None:
                os.environ.pop("JDK_JAVA_OPTIONS", None)
            else:
                os.environ["JDK_JAVA_OPTIONS"] = saved


class MemoryGivenBackWhenIdle(KernelTestCase):
    """A kernel left alone hands memory back (a full collection, then a trim of the C heap); the
    session goes on as before, and it never happens while a cell runs. The give-back waits 1 s
    here instead of 20 (loomlab.idleGiveBackSeconds); the JVM's GC log on the kernel's stderr
    is the signal that it ran."""
    GIVE_BACK = "Pause Full (System.gc())"

    @classmethod
    def setUpClass(cls):
        cls.log = tempfile.NamedTemporaryFile("w+", prefix="loomlab-give-back-", suffix=".log")
        options = (os.environ.get("LOOMLAB_JVM_OPTS", "") + " -Dloomlab.idleGiveBackSeconds=1 -Xlog:gc:stderr").strip()
        cls.km, cls.kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT, stderr=cls.log,
                                          env=dict(os.environ, LOOMLAB_JVM_OPTS=options))

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.log.close()

    def give_backs(self):
        with open(self.log.name) as log:
            return log.read().count(self.GIVE_BACK)

    def wait_for_give_back(self, after):
        """Waits until the kernel has given memory back more than `after` times (it first warms its compiler up)."""
        deadline = time.monotonic() + 300
        while self.give_backs() <= after:
            self.assertLess(time.monotonic(), deadline, "no give-back within 300 s of idling")
            time.sleep(0.2)

    def test_state_survives_and_the_kernel_answers(self):
        self.assertEqual(self.value('var kept = new ArrayList<String>(List.of("still here"));\n'
                                    "int twice(int x) { return 2 * x; }\n"
                                    "kept.size()"), "1")
        self.wait_for_give_back(after=self.give_backs())
        self.assertEqual(self.value('kept.get(0) + " " + twice(21)'), '"still here 42"')
        self.assertEqual(self.value(GATHER_200), "200")
        # New work, then idle again: it gives back again.
        self.wait_for_give_back(after=self.give_backs())
        self.assertEqual(self.value("1 + 1"), "2")

    def test_never_while_a_cell_runs(self):
        # The cell says when it ran in the JVM's uptime, the clock the GC log's lines carry, so
        # the check does not depend on when this test gets to read the log.
        uptime = "java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()"
        reply, outputs = self.run_cell(f'System.out.println("from " + {uptime});\n'
                                       f'Thread.sleep(4000);\nSystem.out.println("to " + {uptime});')
        self.assertEqual(reply["status"], "ok", reply)
        ran = dict(line.split() for line in self.stdout(outputs).splitlines())
        began, ended = int(ran["from"]) / 1000, int(ran["to"]) / 1000
        with open(self.log.name) as log:
            times = [float(m.group(1)) for m in re.finditer(r"\[(\d+\.\d+)s\][^\n]*" + re.escape(self.GIVE_BACK), log.read())]
        self.assertEqual([t for t in times if began <= t <= ended], [],
                         f"the kernel gave memory back while a cell ran ({began} s to {ended} s of uptime)")
