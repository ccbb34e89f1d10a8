"""Makes an nbgrader course folder from the lessons, for a teacher who grades the exercises.

    python notebooks/nbgrader/make_course.py COURSE_DIR [LESSON ...]   (LESSON: 03 or 03-gather)

For each lesson it writes COURSE_DIR/source/<lesson>/<lesson>.ipynb, nbgrader's *source*
version of the lesson, with the lesson's check files beside it (support/), and it writes
COURSE_DIR/nbgrader_config.py if there is none. Nothing is copied by hand: the lesson notebook
is the single source of the text and cells, notebooks/solutions/NN.jsh the single source of
the reference answer. In the source version

- the exercise cell holds the reference answer, its `// BEGIN SOLUTION` / `// END SOLUTION`
  region marked for nbgrader, which `nbgrader generate_assignment` replaces with
  `// YOUR CODE HERE` and a `throw` (so the method still compiles) in the students' copy;
- the check cell becomes an autograded test cell worth POINTS: its value, POINTS times the
  share of the exercise done that the check returns, is nbgrader's partial credit;
- the "Stuck? %load solutions/NN.jsh" hint is left out (students do not get solutions/), and
  so is the Markdown about the lesson's first try (tag `first-try`): students get the stub.

Then, in COURSE_DIR: nbgrader generate_assignment <lesson>, hand out release/, collect the
submissions into submitted/<student>/<lesson>/, and nbgrader autograde <lesson>.
"""
import pathlib
import re
import shutil
import sys

import nbformat

LESSONS = pathlib.Path(__file__).resolve().parents[1]
POINTS = 3

CONFIG = '''c = get_config()  # noqa: F821 (nbgrader's config file)

# Java's stub for an answer: a comment, and a throw so the method around it still compiles.
# The lesson's check says "not written yet" when it meets it.
c.ClearSolutions.code_stub = {
    "java": '// YOUR CODE HERE\\nthrow new UnsupportedOperationException("your code here");',
}
# A lesson runs all its cells when it is graded; under LOOMLAB_CLOCK=virtual its sleeps take no time.
c.Execute.timeout = 300
'''


def lesson_path(name):
    matches = sorted(LESSONS.glob(f"{name}*.ipynb")) if re.fullmatch(r"\d\d", name) else [LESSONS / f"{name}.ipynb"]
    if not matches or not matches[0].is_file():
        raise SystemExit(f"make_course.py: there is no lesson {name!r} in {LESSONS}")
    return matches[0]


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def grading(cell, **fields):
    cell.metadata["nbgrader"] = {"schema_version": 3, "grade": False, "solution": False, "locked": False, **fields}


def source_version(path):
    """The lesson with its exercise marked for nbgrader: (notebook, support files it loads)."""
    nn = path.name[:2]
    nb = nbformat.read(path, as_version=4)
    answer = (LESSONS / "solutions" / f"{nn}.jsh").read_text()
    cells = []
    for cell in nb.cells:
        if "reference-answer" in tags(cell) or "first-try" in tags(cell):
            continue
        if "helpers" in tags(cell):
            grading(cell, locked=True, grade_id=f"helpers{nn}")
        elif "exercise" in tags(cell):
            cell.source = answer.rstrip("\n")
            grading(cell, solution=True, grade_id=f"answer{nn}")
        elif "check" in tags(cell):
            call = cell.source.strip().rstrip(";")
            cell.source = f"// {POINTS} points times the share of the exercise done\n{POINTS} * {call}"
            grading(cell, grade=True, locked=True, points=POINTS, grade_id=f"check{nn}")
        cells.append(cell)
    nb.cells = cells
    loads = re.findall(r"^%load (support/\S+)$", "\n".join(c.source for c in cells if c.cell_type == "code"), re.M)
    return nb, loads


def make_course(course, names):
    course = pathlib.Path(course)
    course.mkdir(parents=True, exist_ok=True)
    config = course / "nbgrader_config.py"
    if not config.exists():
        config.write_text(CONFIG)
    made = []
    for name in names:
        path = lesson_path(name)
        nb, loads = source_version(path)
        folder = course / "source" / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, folder / path.name)
        for load in loads:
            (folder / load).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(LESSONS / load, folder / load)
        made.append(path.stem)
    return made


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    names = sys.argv[2:] or sorted(p.stem for p in LESSONS.glob("[0-9][0-9]-*.ipynb")
                                   if (LESSONS / "solutions" / f"{p.name[:2]}.jsh").is_file())
    for stem in make_course(sys.argv[1], names):
        print(f"source/{stem}/ written: nbgrader generate_assignment {stem}")
