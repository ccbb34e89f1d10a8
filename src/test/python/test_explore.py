"""%%explore in a real notebook: every outcome of a racy block, its timelines as HTML, replay by seed,
and a clear error for bad arguments."""
import unittest

import nbformat
from nbclient import NotebookClient

from pictures import assert_pictures_survive

LOST_UPDATE = """%%explore{args}
int[] count = {{0}};
var a = createTask(() -> {{ int v = count[0]; sleep(0.1); count[0] = v + 1; }});
var b = createTask(() -> {{ sleep(0.1); int v = count[0]; sleep(0.1); count[0] = v + 1; }});
gather(a, b).await();
return count[0];"""


def execute(*sources):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "loomlab", "display_name": "Java (Loomlab)", "language": "java"}
    NotebookClient(nb, kernel_name="loomlab", timeout=120, allow_errors=True).execute()
    return nb


def result(cell):
    shown = [o for o in cell.outputs if o.output_type == "execute_result"]
    return shown[0].data if shown else None


class ExploreMagic(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.nb = execute(LOST_UPDATE.format(args=" 200"),
                         LOST_UPDATE.format(args=" --replay 1"),
                         "%%explore --jitter 0.3\n"
                         "var a = createTask(() -> { sleep(0.1); System.out.println(\"a\"); });\n"
                         "var b = createTask(() -> { sleep(0.1); System.out.println(\"b\"); });\n"
                         "gather(a, b).await();",
                         "%%explore --jitter 2\nreturn 1;",
                         "explore(50, () -> { var t = createTask(() -> 1); return t.await(); }).expect(v -> v == 1)",
                         LOST_UPDATE.format(args=" --expect v -> v == 2"))

    def test_every_outcome_of_a_lost_update_is_shown_with_a_timeline_each(self):
        data = result(self.nb.cells[0])
        self.assertIn("Explored all", data["text/plain"])
        self.assertIn("value 2", data["text/plain"])
        self.assertIn("value 1", data["text/plain"])
        self.assertIn("asyncio's own order", data["text/plain"])
        assert_pictures_survive(self, data["text/html"], count=2)

    def test_a_seed_replays_one_schedule(self):
        data = result(self.nb.cells[1])
        self.assertTrue(data["text/plain"].startswith("seed 1: value 1"), data["text/plain"])
        [svg] = assert_pictures_survive(self, data["text/html"], count=1)
        self.assertEqual(svg, data["image/svg+xml"])

    def test_what_tasks_print_is_the_outcome_and_does_not_leak_into_the_cell(self):
        cell = self.nb.cells[2]
        self.assertEqual([o.output_type for o in cell.outputs], ["execute_result"])
        self.assertIn("printed: a ⏎ b", result(cell)["text/plain"])
        self.assertIn("printed: b ⏎ a", result(cell)["text/plain"])

    def test_an_expectation_puts_the_schedules_that_break_it_first(self):
        text = result(self.nb.cells[5])["text/plain"]
        self.assertRegex(text, r"✘ \d+ of \d+ schedules break v -> v == 2")
        self.assertLess(text.index("value 1"), text.index("value 2"))

    def test_a_bad_argument_is_a_clear_error_and_the_kernel_carries_on(self):
        errors = [o for o in self.nb.cells[3].outputs if o.output_type == "error"]
        self.assertEqual(errors[0].ename, "UsageError")
        self.assertIn("--jitter needs a fraction", errors[0].evalue)
        self.assertIn("Every schedule keeps", result(self.nb.cells[4])["text/plain"])


if __name__ == "__main__":
    unittest.main()
