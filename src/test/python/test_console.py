"""A `jupyter console --kernel loomlab` session in a real terminal (a pty driven by pexpect):
multi-line input continues while is_complete says so, Tab completes, errors read like Java."""
import os
import re
import time
import unittest

try:
    import pexpect
except ImportError:  # .ci/run installs Debian's python3-pexpect
    pexpect = None

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


@unittest.skipIf(pexpect is None, "python3-pexpect is not installed (apt-get install python3-pexpect)")
class ConsoleSession(unittest.TestCase):
    """One console for the class; the tests run in name order and share its session."""

    @classmethod
    def setUpClass(cls):
        env = dict(os.environ, TERM="xterm")
        cls.child = pexpect.spawn("jupyter", ["console", "--kernel", "loomlab"], env=env,
                                  encoding="utf-8", dimensions=(40, 160), timeout=TIMEOUT)
        cls.term = Terminal(cls.child)
        cls.term.wait_for(r"In \[1\]: ")

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

    def wait_for(self, pattern):
        return self.term.wait_for(pattern)

    def type_line(self, text):
        self.term.send(text + "\r")

    def test_1_tab_completes_a_name_defined_earlier(self):
        self.type_line('String greeting = "hi";')
        self.wait_for(r"In \[\d+\]: ")
        self.term.send("greet\t")
        self.wait_for("ing")  # the rest of the name, filled in by completion
        self.term.send("\r")
        self.wait_for(r'Out\[\d+\]: "hi"')

    def test_2_a_multi_line_class_continues_until_complete(self):
        self.type_line("class Counter {")
        self.wait_for(r"\.\.\.: ")  # the continuation prompt: is_complete said "incomplete"
        self.type_line("int n = 3;")
        self.wait_for(r"\.\.\.: ")
        self.type_line("}")
        self.wait_for(r"In \[\d+\]: ")
        self.type_line("new Counter().n")
        self.wait_for(r"Out\[\d+\]: 3")

    def test_3_an_error_reads_like_java(self):
        self.type_line("int[] numbers = new int[1];")
        self.wait_for(r"In \[\d+\]: ")
        self.type_line("numbers[5]")
        self.wait_for(r"ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 1")
        self.wait_for(r"at cell \d+, line 1")
        self.type_line("1 + 1")
        self.wait_for(r"Out\[\d+\]: 2")  # the session goes on


if __name__ == "__main__":
    unittest.main()
