"""A `jupyter console --kernel loomlab` session in a real terminal (a pty driven by pexpect):
multi-line input continues while is_complete says so, Tab completes, errors read like Java."""
import os
import pathlib
import re
import shutil
import signal
import tempfile
import time
import unittest

import pexpect  # pinned in requirements-test.txt, like jupyter_console itself

TIMEOUT = 60
# Colours, cursor moves and terminal modes, so assertions see the text a person would read.
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[=>]|\r")


class Terminal:
    """The console's screen as text: everything it printed, with escapes removed."""

    def __init__(self, child):
        self.child = child
        self.text = ""
        self.seen = 0

    def send(self, keys):
        self.child.send(keys)

    def wait_for(self, pattern):
        """Reads until pattern appears after what earlier waits matched; returns the match."""
        deadline = time.monotonic() + TIMEOUT
        regex = re.compile(pattern)
        while True:
            match = regex.search(self.text, self.seen)
            if match:
                self.seen = match.end()
                return match
            if time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} did not appear; the console showed:\n{self.text[-2000:]}")
            try:
                self.text += ESCAPES.sub("", self.child.read_nonblocking(65536, timeout=0.2))
            except pexpect.TIMEOUT:
                pass


def stop_kernels_started_in(runtime_dir):
    """Ends kernels whose connection file lies in runtime_dir: a console killed mid-test cannot
    shut its kernel down, and nothing else would (Linux /proc; elsewhere this does nothing)."""
    for cmdline in pathlib.Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if runtime_dir.encode() in cmdline.read_bytes():
                os.kill(int(cmdline.parent.name), signal.SIGTERM)
        except (OSError, ValueError):
            pass  # gone already, or not ours to read


class ConsoleSession(unittest.TestCase):
    """One console for the class; the tests run in name order and share its session."""

    @classmethod
    def setUpClass(cls):
        # A runtime folder of our own, so the kernel this console starts can be found again.
        cls.runtime = tempfile.mkdtemp(prefix="loomlab-console-")
        env = dict(os.environ, TERM="xterm", JUPYTER_RUNTIME_DIR=cls.runtime)
        # The console gives up on is_complete after 1 s by default (and then never asks again);
        # a first request that meets JShell still warming up on a busy CI machine can take longer.
        cls.child = pexpect.spawn("jupyter", ["console", "--kernel", "loomlab",
                                              "--ZMQTerminalInteractiveShell.kernel_is_complete_timeout=30"],
                                  env=env, encoding="utf-8", dimensions=(40, 160), timeout=TIMEOUT)
        cls.term = Terminal(cls.child)
        cls.cell = 1
        try:
            cls.term.wait_for(r"In \[1\]: ")
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.child.isalive():
            cls.child.sendcontrol("d")
            try:
                cls.child.expect("exit", timeout=10)
                cls.child.send("y\r")
                cls.child.expect(pexpect.EOF, timeout=30)
            except (pexpect.TIMEOUT, pexpect.EOF):
                pass
        cls.child.close(force=True)
        stop_kernels_started_in(cls.runtime)
        shutil.rmtree(cls.runtime, ignore_errors=True)

    def wait_for(self, pattern):
        return self.term.wait_for(pattern)

    def type_line(self, text):
        self.term.send(text + "\r")

    def next_prompt(self):
        """Waits for the prompt of the next cell. The console redraws the current prompt with every
        key, so only a new number proves the last cell ran; typing on before that races the
        console's own handling of Enter."""
        type(self).cell += 1
        self.wait_for(rf"In \[{self.cell}\]: ")

    def test_1_tab_completes_a_name_defined_earlier(self):
        self.type_line('String greeting = "hi";')
        self.next_prompt()
        self.term.send("greet\t")
        self.wait_for(rf"In \[{self.cell}\]: greeting")  # the rest of the name, filled in by completion
        # jupyter_console 6.6 may leave its completion menu open, where Enter only closes the menu;
        # a space closes it too and changes nothing in Java, so the Enter after it runs the cell.
        self.term.send(" \r")
        self.wait_for(rf'Out\[{self.cell}\]: "hi"')
        self.next_prompt()

    def test_2_a_multi_line_class_continues_until_complete(self):
        self.type_line("class Counter { int n = 3;")
        self.wait_for(r"\.\.\.: ")  # the continuation prompt: is_complete said "incomplete"
        self.type_line("}")
        self.next_prompt()
        self.type_line("new Counter().n")
        self.wait_for(rf"Out\[{self.cell}\]: 3")
        self.next_prompt()

    def test_3_an_error_reads_like_java(self):
        self.type_line("int[] numbers = new int[1];")
        self.next_prompt()
        self.type_line("numbers[5]")
        self.wait_for(r"ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 1")
        self.wait_for(rf"at cell {self.cell}, line 1")
        self.next_prompt()
        self.type_line("1 + 1")
        self.wait_for(rf"Out\[{self.cell}\]: 2")  # the session goes on


if __name__ == "__main__":
    unittest.main()
