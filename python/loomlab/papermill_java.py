"""Papermill parameters for Java notebooks: a translator that writes them as JShell declarations.

Papermill 2.x loads engines (not translators) from entry points, when papermill.engines is
imported; this module is the "loomlab" engine's entry point (pyproject.toml), so importing it
registers the translator for the kernel "loomlab" and the language "java". The engine itself is
papermill's usual nbclient engine, so `--engine loomlab` behaves like the default.

    var n = 100;                               ints that fit an int; 10000000000L for longs
    var ratio = 0.5;                           floats (Double.NaN, Double.POSITIVE_INFINITY ...)
    var name = "caf\\u00e9 \\"quoted\\"\\n";   strings, every character escaped as Java needs
    var verbose = true;
    Object nothing = null;                     var cannot be null
    List<Integer> sizes = List.of(1, 2, 3);    Arrays.asList(...) when an element is null
    Map<String, Object> opts = new LinkedHashMap<>() {{ put("a", 1); put("b", null); }};
"""
import math
import re

from papermill.engines import NBClientEngine
from papermill.models import Parameter
from papermill.translators import Translator, papermill_translators

INT_MIN, INT_MAX = -(2 ** 31), 2 ** 31 - 1
LONG_MIN, LONG_MAX = -(2 ** 63), 2 ** 63 - 1

# Words Java does not accept as a variable name.
RESERVED = set("""abstract assert boolean break byte case catch char class const continue default do double
else enum extends final finally float for goto if implements import instanceof int interface long native
new package private protected public return short static strictfp super switch synchronized this throw
throws transient try void volatile while true false null _""".split())


class LoomlabEngine(NBClientEngine):
    """Papermill's nbclient engine under the name "loomlab" (its import registers JavaTranslator)."""


def _java_type(val):
    """The Java type that holds val (boxed), or None for null (fits any type)."""
    if val is None:
        return None
    if isinstance(val, bool):
        return "Boolean"
    if isinstance(val, int):
        if INT_MIN <= val <= INT_MAX:
            return "Integer"
        return "Long" if LONG_MIN <= val <= LONG_MAX else "java.math.BigInteger"
    if isinstance(val, float):
        return "Double"
    if isinstance(val, str):
        return "String"
    if isinstance(val, (list, tuple)):
        return f"List<{_element_type(val)}>"
    if isinstance(val, dict):
        keys = _element_type(val.keys()) if val else "String"  # JSON and YAML keys are mostly text
        return f"Map<{keys}, {_element_type(val.values())}>"
    return "String"  # anything else is passed as its text, as papermill's other translators do


def _unify(a, b):
    """The narrowest type of those given here that holds values of types a and b."""
    if a is None or a == b:
        return b
    if b is None:
        return a
    numbers = ["Integer", "Long", "Double"]
    if a in numbers and b in numbers:
        return numbers[max(numbers.index(a), numbers.index(b))]
    for kind in ("List<", "Map<"):
        if a.startswith(kind) and b.startswith(kind):
            inner_a, inner_b = _split_args(a[len(kind):-1]), _split_args(b[len(kind):-1])
            return kind + ", ".join(_unify(x, y) for x, y in zip(inner_a, inner_b)) + ">"
    return "Object"


def _split_args(text):
    """'String, List<Map<String, Integer>>' -> ['String', 'List<Map<String, Integer>>']."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "<"
        depth -= ch == ">"
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def _element_type(values):
    result = None
    for v in values:
        result = _unify(result, _java_type(v))
    return result or "Object"


def java_string(text):
    """A Java string literal for text. Backslashes are doubled first, so no \\uXXXX in the text can
    become a Unicode escape (javac reads those before anything else); everything outside
    printable ASCII is written as \\uXXXX (a UTF-16 pair beyond the BMP)."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif code > 0xFFFF:
            high, low = divmod(code - 0x10000, 0x400)
            out.append(f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}")
        else:
            out.append(f"\\u{code:04x}")
    out.append('"')
    return "".join(out)


def _double(val):
    if math.isnan(val):
        return "Double.NaN"
    if math.isinf(val):
        return "Double.POSITIVE_INFINITY" if val > 0 else "Double.NEGATIVE_INFINITY"
    return repr(float(val))  # shortest text that reads back as the same double: 0.1, 1e+100


def _expression(val, java_type):
    """Java source for val, typed to fit a variable or element of java_type."""
    if val is None:
        return "null"
    if isinstance(val, bool):
        return "true" if val else "false"
    if isinstance(val, int):
        if java_type == "Double":
            return _double(float(val))
        if java_type == "Long" or not INT_MIN <= val <= INT_MAX:
            if LONG_MIN <= val <= LONG_MAX:
                return f"{val}L" if val != LONG_MIN else "Long.MIN_VALUE"
            return f'new java.math.BigInteger("{val}")'
        return str(val)
    if isinstance(val, float):
        return _double(val)
    if isinstance(val, str):
        return java_string(val)
    if isinstance(val, (list, tuple)):
        element = _split_args(java_type[len("List<"):-1])[0] if java_type.startswith("List<") else "Object"
        items = [_expression(v, element) for v in val]
        if any(v is None for v in val):
            if len(items) == 1:  # asList(null) would pass a null array, not a list of one null
                items = [f"({element}) null"]
            return f"Arrays.asList({', '.join(items)})"
        return f"List.of({', '.join(items)})"
    if isinstance(val, dict):
        key, value = (_split_args(java_type[len("Map<"):-1]) if java_type.startswith("Map<")
                      else ("Object", "Object"))
        puts = " ".join(f"put({_expression(k, key)}, {_expression(v, value)});" for k, v in val.items())
        # A LinkedHashMap keeps the order the parameters were given in and accepts null.
        return f"new LinkedHashMap<{key}, {value}>() {{{{ {puts} }}}}" if puts else f"new LinkedHashMap<{key}, {value}>()"
    return java_string(str(val))


class JavaTranslator(Translator):
    @classmethod
    def translate(cls, val):
        return _expression(val, _java_type(val) or "Object")

    @classmethod
    def comment(cls, cmt_str):
        return f"// {cmt_str}".strip()

    @classmethod
    def assign(cls, name, str_val):  # papermill's codify calls declare() below instead
        return f"var {name} = {str_val};"

    @classmethod
    def declare(cls, name, val):
        if name in RESERVED or not re.fullmatch(r"[^\W\d]\w*", name):
            raise ValueError(f"the parameter name {name!r} cannot be a Java variable name; "
                             "rename it in the notebook's parameters cell and on the command line")
        java_type = _java_type(val)
        if java_type is None:
            return f"Object {name} = null;"
        if java_type.startswith(("List<", "Map<")) or java_type == "java.math.BigInteger":
            return f"{java_type} {name} = {_expression(val, java_type)};"
        return f"var {name} = {_expression(val, java_type)};"

    @classmethod
    def codify(cls, parameters, comment="Parameters"):
        lines = [cls.comment(comment)]
        lines += [cls.declare(name, val) for name, val in parameters.items()]
        return "\n".join(lines) + "\n"

    @classmethod
    def inspect(cls, parameters_cell):
        """The parameters a cell declares, one per line: `int n = 10; // help text`."""
        declaration = re.compile(r"^\s*(?:final\s+)?(?P<type>[\w.<>\[\], ?]+?)\s+(?P<name>[^\W\d]\w*)\s*=\s*"
                                 r"(?P<default>.+?)\s*;\s*(?://\s*(?P<help>.*))?$")
        found = []
        for line in parameters_cell.source.splitlines():
            m = declaration.match(line)
            if m:
                found.append(Parameter(name=m.group("name"), inferred_type_name=m.group("type"),
                                       default=m.group("default"), help=m.group("help") or ""))
        return found


papermill_translators.register("loomlab", JavaTranslator)
papermill_translators.register("java", JavaTranslator)
