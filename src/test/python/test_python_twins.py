"""The Python twins in the lessons' Markdown run on CPython 3.11 and print what the lessons say.

A ```python block that is a whole program (it calls asyncio.run, has a __main__ guard, or the
Markdown right after it says "CPython 3.11 prints:") must run without an error; when that
Markdown shows a fenced block, the program must print exactly that. Each program runs after the
lesson's earlier blocks that only set things up (functions, classes, imports, names set to
values without asyncio, a thread started in the background: lesson 08's local HTTP server), as a
reader runs them, and after lesson 01's `since(t0)`. Lesson 08's twins use aiohttp (pinned in
requirements-test.txt) against that server, on this machine's loopback only.

They run on asyncio's own loop with one change, the twin of LOOMLAB_CLOCK=virtual: when the
loop would wait for a timer, its clock jumps ahead instead (real time spent working, such as a
blocking time.sleep, or waiting for a socket, still counts). The order of every line is CPython's; the times printed are
the ones a quiet machine prints, whatever else the CI machine is doing."""
import ast
import pathlib
import re
import shutil
import subprocess
import sys
import unittest
from concurrent.futures import ThreadPoolExecutor

import nbformat

NOTEBOOKS = sorted((pathlib.Path(__file__).resolve().parents[3] / "notebooks").glob("[0-9][0-9]-*.ipynb"))
BLOCK = re.compile(r"```python\n(.*?)```(?:\s*(?:\*\*)?CPython 3\.11 prints:?(?:\*\*)?:?\s*```[a-z]*\n(.*?)```)?", re.S)
PRELUDE = '''import asyncio, time as _time

class _SkippingSelector:
    """Waits for I/O as the real selector does; a wait that is only for a timer moves the clock.
    A wait while a thread works or a socket is open (besides the loop's own wake-up pipe) is real,
    since an answer is coming; but a timer is never late, however busy the machine."""
    def __init__(self, inner, loop):
        self._inner, self._loop = inner, loop
    def select(self, timeout=None):
        ready = self._inner.select(0)
        if ready or timeout == 0:
            return ready
        if timeout is not None and self._loop._in_threads == 0 and len(self._inner.get_map()) <= 1:
            self._loop._now += timeout + 1e-4  # a real wait ends a little late: timers due together run together
            return []
        started = _time.monotonic()            # threads are working, or a socket is open: real time passes
        ready = self._inner.select(timeout)
        waited = _time.monotonic() - started
        if timeout is not None and (not ready or waited > timeout):
            waited = timeout + 1e-4            # the timer's wait, however late a busy machine woke us
        self._loop._now += waited
        return ready
    def __getattr__(self, name):
        return getattr(self._inner, name)

class _VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self._now = 0.0
        self._in_threads = 0
        self._selector = _SkippingSelector(self._selector, self)
    def time(self):
        self._now += 1e-9                      # time moves while the loop works: later timers stay later
        return self._now
    def run_in_executor(self, executor, func, *args):
        submitted, took = self._now, []
        def timed(*args):                      # how long the thread really worked
            started = _time.monotonic()
            try:
                return func(*args)
            finally:
                took.append(_time.monotonic() - started)
        future = super().run_in_executor(executor, timed, *args)
        self._in_threads += 1
        def finished(_):                       # runs before whoever awaits the future wakes up
            self._in_threads -= 1
            if took:                           # it cannot have finished before it did its work
                self._now = max(self._now, submitted + took[0])
        future.add_done_callback(finished)
        return future

class _VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return _VirtualClockLoop()

asyncio.set_event_loop_policy(_VirtualClockPolicy())

_real_sleep = _time.sleep
def _blocking_sleep(seconds):                  # time.sleep on the loop's thread: the loop's clock moves too
    _real_sleep(seconds)
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    if isinstance(loop, _VirtualClockLoop):
        loop._now += seconds
_time.sleep = _blocking_sleep

import math

def since(t0):        # lesson 01's helper: rounds down, as the Java one does
    return f"{math.floor((asyncio.get_running_loop().time() - t0) * 10 + 0.05) / 10:.1f} s"
'''


def python311():
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    return shutil.which("python3.11")


def sets_up(node):
    """A statement that only sets something up: a definition, an import, a name set to a value
    that does not touch asyncio, or a thread started in the background (`....start()`)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)):
        return True
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        return "asyncio" not in ast.unparse(node) and not any(isinstance(n, ast.Await) for n in ast.walk(node))
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "start")


def only_definitions(block):
    try:
        tree = ast.parse(block)
    except SyntaxError:
        return False
    return all(sets_up(node) for node in tree.body)


def twins():
    """(lesson, cell index, program, what the lesson says it prints or None) for every whole program."""
    found = []
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        definitions = []
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "markdown":
                continue
            for m in BLOCK.finditer(cell.source):
                program, printed = m.group(1), m.group(2)
                if "asyncio.run(" in program or "__main__" in program or printed is not None:
                    found.append((path.name, i, "\n".join(definitions + [program]), printed))
                elif only_definitions(program):
                    definitions.append(program)
    return found


def run(python, program):
    done = subprocess.run([python, "-X", "utf8", "-c", PRELUDE + program],
                          capture_output=True, text=True, timeout=120)
    return done


@unittest.skipUnless(python311(), "CPython 3.11 is not installed (the lessons quote what 3.11 prints)")
class PythonTwins(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.twins = twins()
        with ThreadPoolExecutor(4) as pool:   # they mostly sleep
            cls.results = list(pool.map(lambda t: run(python311(), t[2]), cls.twins))

    def test_there_are_twins_with_quoted_output(self):
        self.assertGreater(len(self.twins), 50)
        self.assertGreaterEqual(sum(1 for t in self.twins if t[3] is not None), 24)

    def test_lesson_08s_aiohttp_twins_run_against_a_local_server(self):
        aiohttp_twins = [t for t in self.twins if t[0].startswith("08") and "aiohttp.ClientSession" in t[2]]
        self.assertGreaterEqual(len(aiohttp_twins), 4, [t[1] for t in aiohttp_twins])
        self.assertTrue(all(t[3] is not None for t in aiohttp_twins), "each says what it prints")
        self.assertTrue(all("ThreadingHTTPServer((\"127.0.0.1\", 0)" in t[2] for t in aiohttp_twins), "on the loopback")

    def test_every_whole_program_runs_without_an_error(self):
        for (lesson, i, program, _), done in zip(self.twins, self.results):
            with self.subTest(lesson=lesson, cell=i):
                self.assertEqual(done.returncode, 0, f"{lesson} c{i}:\n{program}\n{done.stderr}")

    def test_every_quoted_output_is_what_cpython_prints(self):
        for (lesson, i, program, printed), done in zip(self.twins, self.results):
            if printed is None:
                continue
            with self.subTest(lesson=lesson, cell=i):
                self.assertEqual(done.stdout.strip(), printed.strip(), f"{lesson} c{i}:\n{program}")


if __name__ == "__main__":
    unittest.main()
