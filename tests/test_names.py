"""One meaning per name: a class or function defined at the top of two kg modules is a
trap for a reader (two ``Edge`` classes, two ``graph_data`` functions returning different
things). The only names allowed twice are click commands that wrap the library function
of the same name, listed here by hand."""

import ast
from collections import defaultdict
from pathlib import Path

import kg

#: name -> the modules allowed to define it (the command and the function it wraps).
THIN_COMMANDS = {
    "analyze": {"kg/cli.py", "kg/analyze.py"},
    "stats": {"kg/cli.py", "kg/query.py"},
    "extract": {"kg/cli.py", "kg/api.py"},
}


def _definitions() -> dict[str, set[str]]:
    root = Path(kg.__file__).parent
    where: dict[str, set[str]] = defaultdict(set)
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                where[node.name].add("kg/" + path.relative_to(root).as_posix())
    return where


def test_no_name_is_defined_in_two_modules():
    twice = {name: mods for name, mods in _definitions().items() if len(mods) > 1}
    unexpected = {name: sorted(mods) for name, mods in twice.items() if THIN_COMMANDS.get(name) != mods}
    assert unexpected == {}


def test_the_renamed_pairs_stay_apart():
    where = _definitions()
    assert where["PageEdge"] == {"kg/viz.py"} and where["Edge"] == {"kg/interop.py"}
    assert where["page_data"] == {"kg/viz.py"} and where["graph_data"] == {"kg/interop.py"}
    assert where["parse_date"] == {"kg/ingest.py"}
