"""notebooks/ijava-compat: an IJava-style notebook executes unchanged under nbclient, and its
rich outputs survive `jupyter nbconvert --to html` and `--to markdown`."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

import nbformat
from nbclient import NotebookClient

FOLDER = pathlib.Path(__file__).resolve().parents[3] / "notebooks" / "ijava-compat"
NAME = "ijava-compat"


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def outputs_of(nb, needle):
    """Outputs of the first code cell whose source contains needle."""
    return next(c.outputs for c in code_cells(nb) if needle in c.source)


class IJavaNotebook(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        # A copy, so executing it (which builds ./build) leaves the repository alone; its own
        # user.home, so the Maven cache is fresh (Java reads user.home from JDK_JAVA_OPTIONS, not $HOME).
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="loomlab-ijava-"))
        cls.dir = cls.tmp / "ijava-compat"
        shutil.copytree(FOLDER, cls.dir, ignore=shutil.ignore_patterns("build", ".ipynb_checkpoints"))
        java_options = (os.environ.get("JDK_JAVA_OPTIONS", "") + f" -Duser.home={cls.tmp / 'home'}").strip()
        cls.nb = nbformat.read(cls.dir / f"{NAME}.ipynb", as_version=4)
        with mock.patch.dict(os.environ, {"JDK_JAVA_OPTIONS": java_options}):
            NotebookClient(cls.nb, kernel_name="loomlab", timeout=300,
                           resources={"metadata": {"path": str(cls.dir)}}).execute()
        cls.executed = cls.dir / f"{NAME}.executed.ipynb"
        nbformat.write(cls.nb, cls.executed)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_no_cell_has_an_error(self):
        errors = [o for c in code_cells(self.nb) for o in c.outputs if o.output_type == "error"]
        self.assertEqual(errors, [])
        self.assertTrue(all(c.execution_count for c in code_cells(self.nb)), "every cell ran")

    def test_update_display_replaced_the_progress_output(self):
        shown = [o for o in outputs_of(self.nb, "updateDisplay(progress") if o.output_type == "display_data"]
        self.assertEqual(len(shown), 1)
        self.assertIn("<b>All 3 steps</b> finished", shown[0].data["text/html"])

    def test_a_buffered_image_is_a_png(self):
        shown = [o for o in outputs_of(self.nb, "display(picture)") if o.output_type == "display_data"]
        self.assertTrue(shown[0].data["image/png"].startswith("iVBOR"), "base64 of a PNG header")

    def test_render_sends_only_the_asked_mime_type(self):
        result = [o for o in outputs_of(self.nb, "render(html(") if o.output_type == "execute_result"]
        self.assertEqual(set(result[0].data), {"text/html"})

    def test_each_magic_made_its_classes_usable(self):
        def value(needle):
            results = [o for o in outputs_of(self.nb, needle) if o.output_type == "execute_result"]
            return results[0].data["text/plain"]
        self.assertEqual(value("Proverbs.first()"), '"Many hands make light work."')
        self.assertTrue(value("%jars build").startswith("12.566"), value("%jars build"))
        self.assertTrue(value("%classpath build").startswith("3.048"), value("%classpath build"))
        self.assertEqual(value("%load greeting"), '"Hello, IJava!"')
        maven_output = "".join(o.get("text", "") for o in outputs_of(self.nb, "%maven org.example"))
        self.assertIn("downloaded proverbs-1.0.jar", maven_output)

    def nbconvert(self, to):
        subprocess.run([sys.executable, "-m", "nbconvert", "--to", to, str(self.executed)], check=True,
                       capture_output=True)

    def test_html_export_keeps_images_html_and_values(self):
        self.nbconvert("html")
        html = (self.dir / f"{NAME}.executed.html").read_text()
        self.assertIn("data:image/png;base64,iVBOR", html)
        self.assertIn("<b>All 3 steps</b> finished", html)
        self.assertIn("<th>thread</th>", html)
        self.assertIn("Many hands make light work.", html)

    def test_markdown_export_keeps_images_as_files_and_html_inline(self):
        self.nbconvert("markdown")
        markdown = (self.dir / f"{NAME}.executed.md").read_text()
        images = list((self.dir / f"{NAME}.executed_files").glob("*.png"))
        self.assertEqual(len(images), 1, "the PNG is written next to the markdown")
        self.assertIn(f"]({NAME}.executed_files/{images[0].name})", markdown)
        self.assertTrue(images[0].read_bytes().startswith(b"\x89PNG"))
        self.assertIn("<b>All 3 steps</b> finished", markdown)
        self.assertIn("<th>thread</th>", markdown)


if __name__ == "__main__":
    unittest.main()
