"""Quiz cells in real notebooks: a wrong answer key fails execution, exports keep the quiz."""
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

PROVEN_QUIZ = """%%quiz --check
? When one child of gather fails, what happens to the others?
- they are cancelled at once
+ they keep running
> asyncio's gather never cancels its children because one failed.
! 1
"""

WRONG_KEY_QUIZ = PROVEN_QUIZ.replace("! 1", "! 0")


def notebook(*sources):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "loomlab", "display_name": "Java (Loomlab)", "language": "java"}
    return nb


def execute(nb):
    NotebookClient(nb, kernel_name="loomlab", timeout=120).execute()
    return nb


class QuizInNotebooks(unittest.TestCase):

    def test_a_proven_quiz_passes_and_shows_three_ways(self):
        nb = execute(notebook(PROVEN_QUIZ))
        outputs = nb.cells[0].outputs
        self.assertEqual([o.output_type for o in outputs], ["display_data"])
        self.assertEqual(set(outputs[0].data), {"text/plain", "text/markdown", "text/html"})
        self.assertIn("answer: b", outputs[0].data["text/plain"])

    def test_a_wrong_answer_key_fails_the_notebook_and_shows_both_answers(self):
        with self.assertRaises(CellExecutionError) as raised:
            execute(notebook(WRONG_KEY_QUIZ))
        message = str(raised.exception)
        self.assertIn("AnswerKeyException", message)
        self.assertIn("the key says b", message)

    def test_a_proof_that_sleeps_runs_on_the_virtual_clock(self):
        started = time.monotonic()
        nb = execute(notebook(
            "double timedSleep(double seconds) { double t0 = time(); sleep(seconds); return time() - t0; }",
            "%%quiz\n? How long does `sleep(30)` take, on the loop's clock?\n= 30 ± 0.5\n! timedSleep(30)"))
        self.assertIn("answer: 30", nb.cells[1].outputs[0].data["text/plain"])
        self.assertLess(time.monotonic() - started, 20, "the proof's 30 s sleep took real time")

    def test_html_export_keeps_the_quiz_and_its_reveal(self):
        nb = execute(notebook(PROVEN_QUIZ))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "quiz.ipynb"
            nbformat.write(nb, path)
            subprocess.run([sys.executable, "-m", "nbconvert", "--to", "html", str(path)], check=True,
                           capture_output=True)
            html = (Path(tmp) / "quiz.html").read_text()
        self.assertIn("When one child of gather fails", html)
        self.assertIn("<summary>Show answer</summary>", html)
        self.assertIn("they keep running", html)


if __name__ == "__main__":
    unittest.main()
