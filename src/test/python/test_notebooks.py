"""Every lesson in notebooks/ executes headless with nbclient, as a course's CI would run it:
under the virtual clock (sleeps take no time) and under the real one, with quiz cells at the end.
As shipped, every exercise's check says ✘ (the exercise starts from a first try that is not
right yet); with the reference answers of notebooks/solutions/ in place, every check says ✔."""
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
# Markdown that quotes what the Java cell above it prints, checked under the virtual clock
PRINTS_CLAIM = re.compile(r"The cell above prints:\s*```[a-z]*\n(.*?)```", re.S)


def tagged(nb, tag):
    return [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]


def solution_file(path):
    return path.parent / "solutions" / f"{path.name[:2]}.jsh"


def with_reference_answer(nb, path):
    """The lesson as a student who solved the exercise has it: the exercise cell holds the answer."""
    for cell in tagged(nb, "exercise"):
        cell.source = solution_file(path).read_text()
    return nb


def check_verdicts(nb):
    """What each check cell printed, and any stderr or error it produced."""
    verdicts = []
    for cell in tagged(nb, "check"):
        outputs = cell.get("outputs", [])
        stdout = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stdout")
        trouble = [o for o in outputs if o.get("output_type") == "error"
                   or (o.get("output_type") == "stream" and o.get("name") == "stderr")]
        verdicts.append((stdout, trouble))
    return verdicts


def printed_claims(nb):
    """(cell index, what the Markdown says the code cell above printed, what it did print)."""
    claims = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        for m in PRINTS_CLAIM.finditer(cell.source):
            above = next(c for c in reversed(nb.cells[:i]) if c.cell_type == "code")
            stdout = "".join(o.get("text", "") for o in above.get("outputs", [])
                             if o.get("output_type") == "stream" and o.get("name") == "stdout")
            claims.append((i, m.group(1).strip(), "\n".join(line.rstrip() for line in stdout.strip().splitlines())))
    return claims


def run_notebook(path, clock, edit=None):
    nb = nbformat.read(path, as_version=4)
    if edit:
        nb = edit(nb, path)
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

    def test_every_lesson_has_one_exercise_with_a_one_line_check_and_a_reference_answer(self):
        # lessons 00-10 are written this way; a later lesson joins by tagging its check cell `check`
        graded = [p for p in NOTEBOOKS if tagged(nbformat.read(p, as_version=4), "check")]
        self.assertTrue({f"{n:02d}" for n in range(11)} <= {p.name[:2] for p in graded}, [p.name for p in graded])
        for path in graded:
            with self.subTest(notebook=path.name):
                nb = nbformat.read(path, as_version=4)
                self.assertEqual(len(tagged(nb, "exercise")), 1, "one cell tagged exercise")
                checks = tagged(nb, "check")
                self.assertEqual(len(checks), 1, "one cell tagged check")
                self.assertRegex(checks[0].source, rf"^check{path.name[:2]}\(.*\);$", "a one-line check call")
                answer = solution_file(path).read_text()
                self.assertIn("// BEGIN SOLUTION", answer)
                self.assertIn("// END SOLUTION", answer)
                self.assertNotEqual(tagged(nb, "exercise")[0].source.strip(), answer.strip())
                self.assertIn(f"%load solutions/{path.name[:2]}.jsh", "".join(c.source for c in tagged(nb, "reference-answer")))

    def run_all(self, clock, edit=None, verdict="✘"):
        started = time.monotonic()
        for path in NOTEBOOKS:
            with self.subTest(notebook=path.name, clock=clock, answers="reference" if edit else "as shipped"):
                try:
                    nb = run_notebook(path, clock, edit)
                except CellExecutionError as e:
                    self.fail(f"{path.name} failed:\n{e}")
                self.assertEqual(unexpected_errors(nb), [], f"{path.name} has error outputs")
                for stdout, trouble in check_verdicts(nb):
                    self.assertEqual(trouble, [], f"{path.name}: the check cell wrote to stderr or failed")
                    self.assertTrue(stdout.startswith(verdict), f"{path.name}: the check said {stdout!r}")
                    self.assertGreater(len(stdout.splitlines()[0]), 20, f"{path.name}: a verdict says what is (not) right")
                if clock == "virtual" and not edit:
                    for i, claimed, printed in printed_claims(nb):
                        self.assertEqual(printed, claimed, f"{path.name} c{i} quotes what the cell above prints")
        print(f"\n  {len(NOTEBOOKS)} lessons ran under the {clock} clock in {time.monotonic() - started:.1f} s")

    def test_every_lesson_with_its_reference_answer_passes_its_check(self):
        self.run_all("virtual", with_reference_answer, "✔")

    def test_lessons_quote_what_their_java_cells_print(self):
        quoted = {path.name: len(PRINTS_CLAIM.findall("".join(c.source for c in nbformat.read(path, as_version=4).cells
                                                              if c.cell_type == "markdown")))
                  for path in NOTEBOOKS}
        self.assertGreaterEqual(sum(quoted.values()), 10, quoted)   # checked in the virtual-clock run

    def test_every_lesson_runs_under_the_virtual_clock(self):
        self.run_all("virtual")

    def test_every_lesson_runs_under_the_real_clock(self):
        self.run_all("system")

if __name__ == "__main__":
    unittest.main()
