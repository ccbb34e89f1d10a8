"""A course's install, as the course would do it: binder/install-kernel.sh (what the Dockerfile and
binder/postBuild run) builds the wheel and installs it into a fresh virtual environment with
`python -m loomlab install --sys-prefix`, as a NON-ROOT user; then lessons execute through that
kernel with the JVM limited as in a 1 GiB container, papermill (from PyPI, in that environment)
fills in Java parameters through the package's entry point, and `python -m loomlab` says clearly
when no JDK 21+ is given.

Run as root (CI): the user "loomlab-student" is created when missing and the steps run through
runuser. Run as anyone else: the steps run as that user. Needs network access to PyPI.

  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 python3 -m unittest -v test_install_as_student
"""
import json
import os
import pathlib
import pwd
import shutil
import subprocess
import tempfile
import unittest

import nbformat

REPO = pathlib.Path(__file__).resolve().parents[3]
STUDENT = "loomlab-student"
LESSONS = ["00-start-here.ipynb", "03-gather.ipynb", "06-timeouts-and-cancellation.ipynb"]
NASTY = 'He said "hi" \\ C:\\new\\u0041 \n\t✓ 😀'

RUN_NOTEBOOK = """
import sys, nbformat, nbclient
nb = nbformat.read(sys.argv[1], as_version=4)
nbclient.NotebookClient(nb, kernel_name="loomlab", timeout=300, startup_timeout=120,
                        resources={"metadata": {"path": sys.argv[2]}}).execute()
nbformat.write(nb, sys.argv[3])
"""


def as_student():
    """The command prefix that runs a program as the non-root user, and that user's home."""
    if os.geteuid() != 0:
        return [], pathlib.Path.home()
    try:
        pwd.getpwnam(STUDENT)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", STUDENT], check=True)
    return ["runuser", "-u", STUDENT, "--"], pathlib.Path(pwd.getpwnam(STUDENT).pw_dir)


class InstalledLikeACourseDoes(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.prefix_cmd, home = as_student()
        cls.work = pathlib.Path(tempfile.mkdtemp(prefix="loomlab-student-"))
        # The whole folder, as the Dockerfile copies it: the checks and answers that lessons
        # %load live in its support/ and solutions/ folders.
        shutil.copytree(REPO / "notebooks", cls.work / "lessons")
        shutil.copy(REPO / "requirements-test.txt", cls.work / "constraints.txt")
        if cls.prefix_cmd:
            subprocess.run(["chown", "-R", f"{STUDENT}:", str(cls.work)], check=True)
        # A clean environment, as a fresh login has: nothing of the test runner's Jupyter paths.
        cls.env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
                   "JAVA_HOME": os.environ.get("JAVA_HOME", "")}
        cls.venv = cls.work / "venv"
        cls.python = cls.venv / "bin" / "python"
        cls.run_as_student(["/usr/bin/python3", "-m", "venv", str(cls.venv)])
        cls.run_as_student([str(cls.python), "-m", "pip", "install", "--quiet", "-c", str(cls.work / "constraints.txt"),
                            "nbclient", "papermill"])
        cls.install = cls.run_as_student(["bash", str(REPO / "binder" / "install-kernel.sh"), str(cls.python)])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    @classmethod
    def run_as_student(cls, command, check=True, **env):
        result = subprocess.run(cls.prefix_cmd + ["env", "-i", *(f"{k}={v}" for k, v in {**cls.env, **env}.items()),
                                                  *command],
                                cwd=cls.work, capture_output=True, text=True, timeout=900)
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    def execute(self, source, **env):
        """Runs a notebook through the installed kernel (nbclient in the student's venv); returns it."""
        target = source.with_name(source.stem + "-out.ipynb")
        self.run_as_student([str(self.python), "-c", RUN_NOTEBOOK, str(source), str(source.parent), str(target)], **env)
        return nbformat.read(target, as_version=4)

    def write_notebook(self, name, *cells, parameters=None):
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "loomlab", "display_name": "Java (Loomlab)", "language": "java"}
        if parameters is not None:
            cell = nbformat.v4.new_code_cell(parameters)
            cell.metadata["tags"] = ["parameters"]
            nb.cells.append(cell)
        nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
        path = self.work / name
        nbformat.write(nb, path)
        if self.prefix_cmd:
            shutil.chown(path, STUDENT)
        return path

    def test_the_kernelspec_is_in_the_venv_and_names_a_jdk_21_or_newer(self):
        spec = json.loads((self.venv / "share" / "jupyter" / "kernels" / "loomlab" / "kernel.json").read_text())
        self.assertIn("Installed the Loomlab kernel (Java", self.install.stdout)
        self.assertEqual(spec["display_name"], "Java (Loomlab)")
        self.assertTrue(pathlib.Path(spec["argv"][2]).name == "java", spec["argv"])
        listed = self.run_as_student([str(self.venv / "bin" / "jupyter"), "kernelspec", "list"]).stdout
        self.assertIn(str(self.venv / "share" / "jupyter" / "kernels" / "loomlab"), listed)

    def test_lessons_run_with_the_jvm_limited_as_in_a_1_gib_container(self):
        for lesson in LESSONS:
            with self.subTest(lesson=lesson):
                out = self.execute(self.work / "lessons" / lesson, LOOMLAB_CLOCK="virtual",
                                   LOOMLAB_JVM_OPTS="-XX:MaxRAM=1g")
                errors = [o for c in out.cells if c.cell_type == "code"
                          and "raises-exception" not in c.metadata.get("tags", [])  # the lesson's own examples
                          for o in c.outputs if o.output_type == "error"]
                self.assertEqual(errors, [])

    def test_jvm_options_from_the_environment_reach_the_installed_kernel(self):
        nb = self.write_notebook("heap.ipynb", "System.out.println(Runtime.getRuntime().maxMemory() / (1024 * 1024));")
        for variable in ("LOOMLAB_JVM_OPTS", "JJAVA_JVM_OPTS", "IJAVA_JVM_OPTS"):
            with self.subTest(variable=variable):
                out = self.execute(nb, **{variable: "-Xmx200m"})
                self.assertLessEqual(int(out.cells[0].outputs[0].text), 200)

    def test_papermill_from_pypi_writes_java_parameters_through_the_entry_point(self):
        nb = self.write_notebook("params.ipynb", 'System.out.println((n + 1) + "|" + text + "|" + sizes);',
                                 parameters='int n = 1;\nString text = "";\nList<Integer> sizes = List.of();')
        out = self.work / "params-out.ipynb"
        self.run_as_student([str(self.venv / "bin" / "papermill"), "--no-progress-bar", "-p", "n", "100",
                             "-p", "text", NASTY, "-y", "sizes: [1, null, 3]", str(nb), str(out)])
        result = nbformat.read(out, as_version=4)
        printed = "".join(o.text for o in result.cells[2].outputs if o.output_type == "stream")
        self.assertEqual(printed, f"101|{NASTY}|[1, null, 3]\n")
        described = self.run_as_student([str(self.venv / "bin" / "papermill"), "--help-notebook", str(nb)]).stdout
        self.assertIn("  n: int (default 1)", described)
        self.assertIn("  sizes: List<Integer> (default List.of())", described)

    def test_install_and_uninstall_with_a_prefix(self):
        prefix = self.work / "elsewhere"
        self.run_as_student([str(self.python), "-m", "loomlab", "install", "--prefix", str(prefix)])
        spec_dir = prefix / "share" / "jupyter" / "kernels" / "loomlab"
        self.assertTrue((spec_dir / "loomlab.jar").is_file())
        gone = self.run_as_student([str(self.python), "-m", "loomlab", "uninstall", "--prefix", str(prefix)])
        self.assertIn("Removed the Loomlab kernel", gone.stdout)
        self.assertFalse(spec_dir.exists())

    def test_a_jdk_older_than_21_is_named_and_refused(self):
        old = next((str(p) for p in sorted(pathlib.Path("/usr/lib/jvm").glob("*17*")) if (p / "bin" / "java").exists()),
                   None)
        if old is None:
            self.skipTest("no JDK 17 on this machine to try")
        result = self.run_as_student([str(self.python), "-m", "loomlab", "install", "--prefix", str(self.work / "old"),
                                      "--java", old], check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("Loomlab needs Java 21 or newer", result.stderr)
        self.assertIn("(Java 17)", result.stderr)
        self.assertFalse((self.work / "old").exists())

    def test_the_same_kernelspec_as_install_sh_writes(self):
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run([str(REPO / "install.sh"), "--prefix", scratch], check=True, capture_output=True,
                           env=dict(os.environ, XDG_CACHE_HOME=scratch))
            from_script = json.loads((pathlib.Path(scratch) / "share/jupyter/kernels/loomlab/kernel.json").read_text())
        from_pip = json.loads((self.venv / "share/jupyter/kernels/loomlab/kernel.json").read_text())

        def shape(spec):
            spec_dir = str(pathlib.Path(spec["argv"][1]).parent)
            argv = ["-XX:SharedArchiveFile=ARCHIVE" if a.startswith("-XX:SharedArchiveFile=") else a.replace(spec_dir, "SPEC")
                    for a in spec["argv"]]
            return dict(spec, argv=argv)

        self.assertEqual(shape(from_pip), shape(from_script))


if __name__ == "__main__":
    unittest.main()
