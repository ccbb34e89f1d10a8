"""A lesson graded with nbgrader, as a teacher would: notebooks/nbgrader/make_course.py writes
the source version, `nbgrader generate_assignment` releases it, and `nbgrader autograde` grades
three submissions: the released notebook untouched (zero), a wrong answer (partial credit) and
a right answer (full marks) — a right answer that leaves a failed task nobody awaited, whose
"never retrieved" warning must not cost it its points (nbgrader zeroes a test cell that writes
to stderr). Needs nbgrader (requirements-test.txt) and the kernel installed on JUPYTER_PATH."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

import nbformat

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "notebooks" / "nbgrader"))
import make_course  # noqa: E402

LESSON = "03-gather"
WRONG = """List<Object> fetchAll(List<String> urls) {
    List<Object> pages = new ArrayList<>();
    for (String url : urls) {
        try {
            pages.add(fetch(url));          // one at a time: right entries, but slow
        } catch (ValueError e) {
            pages.add(e);
        }
    }
    return pages;
}"""
RIGHT_WITH_A_FORGOTTEN_TASK = """List<Object> fetchAll(List<String> urls) {
    createTask("forgotten", () -> { throw new ValueError("nobody awaits me"); });
    List<Callable<String>> jobs = new ArrayList<>();
    for (String url : urls) jobs.add(() -> fetch(url));
    return gather(jobs, true).await();
}"""


def have_nbgrader():
    try:
        import nbgrader  # noqa: F401
        return True
    except ImportError:
        return False


@unittest.skipUnless(have_nbgrader(), "nbgrader is not installed for this Python (pip install -r requirements-test.txt)")
class GradingALesson(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.course = pathlib.Path(tempfile.mkdtemp(prefix="loomlab-course-"))
        env = dict(os.environ)
        # nbgrader runs `alembic` from PATH to set up its database
        env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
        env.setdefault("LOOMLAB_CLOCK", "virtual")
        cls.env = env
        make_course.make_course(cls.course, [LESSON])
        cls.nbgrader("generate_assignment", LESSON)
        released = cls.course / "release" / LESSON / f"{LESSON}.ipynb"
        cls.submit("unsolved", nbformat.read(released, as_version=4))
        for student, answer in [("wrong", WRONG), ("right", RIGHT_WITH_A_FORGOTTEN_TASK)]:
            nb = nbformat.read(released, as_version=4)
            [cell] = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
            cell.source = answer
            cls.submit(student, nb)
        cls.nbgrader("autograde", LESSON)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.course, ignore_errors=True)

    @classmethod
    def nbgrader(cls, *args):
        done = subprocess.run([sys.executable, "-m", "nbgrader", *args, "--force"], cwd=cls.course, env=cls.env,
                              capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            raise AssertionError(f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")

    @classmethod
    def submit(cls, student, nb):
        folder = cls.course / "submitted" / student / LESSON
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{LESSON}.ipynb")

    def score(self, student):
        from nbgrader.api import Gradebook
        with Gradebook(f"sqlite:///{self.course / 'gradebook.db'}") as gb:
            submission = gb.find_submission_notebook(LESSON, LESSON, student)
            return submission.score, submission.max_score

    def test_the_released_notebook_hands_out_a_stub_not_the_answer(self):
        nb = nbformat.read(self.course / "release" / LESSON / f"{LESSON}.ipynb", as_version=4)
        [cell] = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
        self.assertIn("// YOUR CODE HERE", cell.source)
        self.assertIn("throw new UnsupportedOperationException", cell.source)
        self.assertNotIn("gather", cell.source)
        self.assertTrue((self.course / "release" / LESSON / "support" / "03.jsh").is_file(), "the check goes with it")
        self.assertFalse(any("%load solutions" in c.source for c in nb.cells), "students get no solutions/")
        self.assertFalse(any("The first try below" in c.source for c in nb.cells), "no text about code they do not get")

    def test_an_unsolved_notebook_scores_zero(self):
        self.assertEqual(self.score("unsolved"), (0.0, 3.0))
        self.assertIn("✘ fetchAll([a, bad, c]) is not written yet", self.check_output("unsolved"))

    def test_a_wrong_answer_gets_partial_credit(self):
        score, out_of = self.score("wrong")
        self.assertEqual(out_of, 3.0)
        self.assertTrue(0 < score < 3, score)
        self.assertIn("✘ Right answer, but it took 0.6 s", self.check_output("wrong"))

    def test_a_right_answer_scores_full_marks_even_with_a_loop_warning(self):
        self.assertEqual(self.score("right"), (3.0, 3.0))
        outputs = self.check_cell("right").outputs
        self.assertEqual([o for o in outputs if o.output_type == "stream" and o.name == "stderr"], [])
        notes = "".join(o.data.get("text/plain", "") for o in outputs if o.output_type == "display_data")
        self.assertIn("Task exception was never retrieved: Task 'forgotten'", notes, "the warning is still shown")
        self.assertIn("✔", self.check_output("right"))

    def test_every_lesson_has_a_source_version_with_one_answer_and_one_graded_check(self):
        lessons = [p for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
                   if (ROOT / "notebooks" / "solutions" / f"{p.name[:2]}.jsh").is_file()]
        self.assertGreaterEqual(len(lessons), 11)   # 00-10
        for path in lessons:
            with self.subTest(lesson=path.name):
                nb, loads = make_course.source_version(path)
                answers = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
                checks = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
                self.assertEqual(len(answers), 1)
                self.assertIn("// BEGIN SOLUTION", answers[0].source)
                self.assertEqual([c.metadata.nbgrader["points"] for c in checks], [make_course.POINTS])
                self.assertEqual(loads, ["support/checks.jsh", f"support/{path.name[:2]}.jsh"])

    def check_cell(self, student):
        nb = nbformat.read(self.course / "autograded" / student / LESSON / f"{LESSON}.ipynb", as_version=4)
        [cell] = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
        return cell

    def check_output(self, student):
        return "".join(o.get("text", "") for o in self.check_cell(student).outputs if o.output_type == "stream")


if __name__ == "__main__":
    unittest.main()
