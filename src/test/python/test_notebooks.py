"""Every lesson in notebooks/ executes headless with nbclient, as a course's CI would run it."""
import pathlib
import unittest

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = sorted((pathlib.Path(__file__).resolve().parents[3] / "notebooks").glob("*.ipynb"))


class NotebookExecution(unittest.TestCase):

    def test_there_are_lessons(self):
        self.assertTrue(NOTEBOOKS, "no notebooks found in notebooks/")

    def test_every_notebook_runs_without_an_unexpected_error(self):
        for path in NOTEBOOKS:
            with self.subTest(notebook=path.name):
                nb = nbformat.read(path, as_version=4)
                client = NotebookClient(nb, kernel_name="loomlab", timeout=300,
                                        resources={"metadata": {"path": str(path.parent)}})
                try:
                    client.execute()
                except CellExecutionError as e:
                    self.fail(f"{path.name} failed:\n{e}")
                errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                          if o.get("output_type") == "error"
                          and "raises-exception" not in c.get("metadata", {}).get("tags", [])]
                self.assertEqual(errors, [], f"{path.name} has error outputs")


if __name__ == "__main__":
    unittest.main()
