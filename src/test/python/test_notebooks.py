"""Every lesson in notebooks/ executes headless with nbclient, as a course's CI would run it:
under the virtual clock (sleeps take no time) and under the real one, with quiz cells at the end."""
import os
import pathlib
import re
import time
import unittest

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = sorted((pathlib.Path(__file__).resolve().parents[3] / "notebooks").glob("[0-9][0-9]-*.ipynb"))
QUIZ_QUESTION = re.compile(r"^\s*\?", re.M)


def run_notebook(path, clock):
    nb = nbformat.read(path, as_version=4)
    previous = os.environ.get("LOOMLAB_CLOCK")
    os.environ["LOOMLAB_CLOCK"] = clock  # the kernel process inherits it
    try:
        NotebookClient(nb, kernel_name="loomlab", timeout=300,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        if previous is None:
            os.environ.pop("LOOMLAB_CLOCK", None)
        else:
            os.environ["LOOMLAB_CLOCK"] = previous
    return nb


def unexpected_errors(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.get("output_type") == "error" and "raises-exception" not in c.get("metadata", {}).get("tags", [])]


class NotebookExecution(unittest.TestCase):

    def test_there_are_lessons(self):
        self.assertTrue(NOTEBOOKS, "no notebooks found in notebooks/")

    def test_every_lesson_ends_with_quiz_questions(self):
        for path in NOTEBOOKS:
            with self.subTest(notebook=path.name):
                nb = nbformat.read(path, as_version=4)
                quiz_sources = [c.source for c in nb.cells if c.cell_type == "code"
                                and (c.source.lstrip().startswith("%%quiz") or "quiz(" in c.source
                                     or "trueFalse(" in c.source or "predictOutput(" in c.source)]
                self.assertTrue(quiz_sources, f"{path.name} has no quiz cells")
                questions = sum(len(QUIZ_QUESTION.findall(s)) if s.lstrip().startswith("%%quiz") else 1
                                for s in quiz_sources)
                self.assertGreaterEqual(questions, 4 if path.name[:2] != "00" else 1,
                                        f"{path.name} has {questions} quiz questions")

    def test_lessons_are_stored_without_outputs(self):
        for path in NOTEBOOKS:
            nb = nbformat.read(path, as_version=4)
            with_output = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("outputs")]
            self.assertEqual(with_output, [], f"{path.name}: strip the outputs of cells {with_output}")

    def run_all(self, clock):
        started = time.monotonic()
        for path in NOTEBOOKS:
            with self.subTest(notebook=path.name, clock=clock):
                try:
                    nb = run_notebook(path, clock)
                except CellExecutionError as e:
                    self.fail(f"{path.name} failed:\n{e}")
                self.assertEqual(unexpected_errors(nb), [], f"{path.name} has error outputs")
        print(f"\n  {len(NOTEBOOKS)} lessons ran under the {clock} clock in {time.monotonic() - started:.1f} s")

    def test_every_lesson_runs_under_the_virtual_clock(self):
        self.run_all("virtual")

    def test_every_lesson_runs_under_the_real_clock(self):
        self.run_all("system")

if __name__ == "__main__":
    unittest.main()
