"""papermill parameters reach a Loomlab notebook as Java: the translator of python/loomlab, run by
papermill itself through the installed kernel, on a notebook with a `parameters` cell."""
import pathlib
import sys
import tempfile
import unittest

import nbformat
import papermill

REPO = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "python"))
from loomlab import papermill_java  # noqa: E402  (registers the translator, as the entry point does)

NASTY = 'say "hi"\\n and \\u0022 not a quote\n\ttab\r é € 😀 */ // ${x} %s'


def notebook(parameters_source, report_source):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "loomlab", "display_name": "Java (Loomlab)", "language": "java"}
    parameters = nbformat.v4.new_code_cell(parameters_source)
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [parameters, nbformat.v4.new_code_cell(report_source)]
    return nb


def stdout_of(cell):
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


class PapermillRunsJavaNotebooks(unittest.TestCase):

    def execute(self, nb, parameters):
        with tempfile.TemporaryDirectory(prefix="loomlab-papermill-") as tmp:
            source, target = pathlib.Path(tmp) / "in.ipynb", pathlib.Path(tmp) / "out.ipynb"
            nbformat.write(nb, source)
            papermill.execute_notebook(str(source), str(target), parameters=parameters, kernel_name="loomlab",
                                       progress_bar=False, cwd=tmp)
            return nbformat.read(target, as_version=4)

    def test_every_json_type_arrives_with_its_value_and_a_fitting_java_type(self):
        nb = notebook(
            "int n = 10;\ndouble ratio = 0.1;\nString name = \"default\";\nboolean verbose = false;\n"
            "Object nothing = \"set\";\nList<Integer> sizes = List.of();\nMap<String, Object> options = Map.of();",
            'String show(Object v) { return v == null ? "null" : (v instanceof List ? "List" : v instanceof Map ? "Map"'
            ' : v.getClass().getSimpleName()) + " " + v; }\n'
            'for (Object v : new Object[] {n + 1, big, ratio * 2, name, verbose, nothing, sizes, holes, options, '
            'options.getClass().getSuperclass(), mixed, mixed.get(0)}) System.out.println(show(v));')
        out = self.execute(nb, {"n": 100, "big": 10_000_000_000, "ratio": 0.25, "name": "Ada", "verbose": True,
                                "nothing": None, "sizes": [1, 2, 3], "holes": [1, None],
                                "options": {"b": 2, "a": None, "list": [1.5]}, "mixed": [1, 2.5]})
        self.assertEqual(stdout_of(out.cells[2]).splitlines(), [
            "Integer 101",
            "Long 10000000000",
            "Double 0.5",
            "String Ada",
            "Boolean true",
            "null",
            "List [1, 2, 3]",
            "List [1, null]",  # Arrays.asList: List.of refuses null
            "Map {b=2, a=null, list=[1.5]}",  # in the order given
            "Class class java.util.LinkedHashMap",
            "List [1.0, 2.5]",
            "Double 1.0",  # a list of ints and floats is a List<Double>
        ])
        injected = out.cells[1]
        self.assertIn("injected-parameters", injected.metadata.tags)
        self.assertIn("var n = 100;", injected.source)

    def test_a_string_that_breaks_naive_quoting_arrives_unchanged(self):
        nb = notebook('String text = "";',
                      'System.out.println(text.codePoints().mapToObj(Integer::toString)'
                      '.collect(java.util.stream.Collectors.joining(",")));')
        out = self.execute(nb, {"text": NASTY})
        self.assertEqual(stdout_of(out.cells[2]).strip(), ",".join(str(ord(c)) for c in NASTY))

    def test_nested_lists_and_maps_keep_their_order_and_nulls(self):
        nb = notebook("Object grid = null;", "System.out.println(grid); System.out.println(rows.get(1).get(\"b\"));")
        out = self.execute(nb, {"grid": [[1, 2], [3]], "rows": [{"a": "x"}, {"b": None, "c": [True]}]})
        self.assertEqual(stdout_of(out.cells[2]).splitlines(), ["[[1, 2], [3]]", "null"])

    def test_a_name_java_cannot_declare_is_refused_clearly(self):
        with self.assertRaises(ValueError) as raised:
            papermill_java.JavaTranslator.codify({"class": 1})
        self.assertIn("'class' cannot be a Java variable name", str(raised.exception))

    def test_help_notebook_lists_the_declared_parameters(self):
        cell = nbformat.v4.new_code_cell("int n = 10; // how many tasks\nString name = \"x\";")
        found = papermill_java.JavaTranslator.inspect(cell)
        self.assertEqual([(p.name, p.inferred_type_name, p.default, p.help) for p in found],
                         [("n", "int", "10", "how many tasks"), ("name", "String", '"x"', "")])


if __name__ == "__main__":
    unittest.main()
