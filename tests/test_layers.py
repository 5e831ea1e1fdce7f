"""The direction of imports between noderun's layers (DESIGN.md, "Layout and layers").

Read from the source with ast, so every import counts: module level, inside functions, under
TYPE_CHECKING. Relative imports are resolved to absolute module names first.

    errors         imports nothing from noderun (a leaf)
    engine         noderun.errors, itself
    host           engine, errors, itself
    loader         engine, host, errors, itself
    node           anything except cli and pytest_plugin
    noderun.cli    imported by noderun.__main__ only
    cffi           imported inside noderun/engine only
    no import cycle between the packages engine / host / loader / node
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import noderun

ROOT = Path(noderun.__file__).resolve().parent   # .../noderun
PACKAGES = ("engine", "host", "loader", "node")


@dataclass(frozen=True)
class Import:
    importer: str     # module name of the importing file
    target: str       # absolute module name imported
    line: int

    def __str__(self) -> str:
        return f"{self.importer} (line {self.line}) imports {self.target}"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _exists_as_module(name: str, root: Path = ROOT) -> bool:
    rel = Path(*name.split("."))
    base = root.parent / rel
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def resolve_imports(path: Path, root: Path = ROOT) -> list[Import]:
    """Every import in the file at `path` (inside the package `root`), as absolute module names."""
    importer = module_name(path, root)
    package = importer if is_package(path) else importer.rpartition(".")[0]
    tree = ast.parse(path.read_text(), filename=str(path))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(importer, alias.name, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                if node.level - 1 > len(parts) - 1:
                    raise AssertionError(f"{importer}: relative import beyond the top package")
                base_parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(base_parts)
                if node.module:
                    base = f"{base}.{node.module}"
            else:
                base = node.module or ""
            # `from . import x` / `from pkg import x`: x may itself be a submodule
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                own = base.split(".")[0] == root.name
                target = candidate if own and _exists_as_module(candidate, root) else base
                found.append(Import(importer, target, node.lineno))
    return found


def source_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "__pycache__" not in p.parts)


ALL_IMPORTS: list[Import] = [imp for path in source_files() for imp in resolve_imports(path)]


def internal(imports=ALL_IMPORTS):
    return [i for i in imports if i.target == "noderun" or i.target.startswith("noderun.")]


def layer_of(module: str) -> str:
    """'engine', 'host', ... for modules in a package, else the top-level module's name."""
    parts = module.split(".")
    if parts[0] != "noderun":
        return "<external>"
    if len(parts) == 1:
        return "<root>"            # noderun/__init__.py
    return parts[1]


def in_layer(imp: Import, *allowed: str) -> bool:
    return layer_of(imp.target) in allowed


# -- the resolver itself --------------------------------------------------------------------------

def test_resolver_sees_the_known_imports():
    targets = {(i.importer, i.target) for i in ALL_IMPORTS}
    assert ("noderun.__main__", "noderun.cli") in targets
    assert ("noderun.engine.runtime", "noderun.errors") in targets
    assert ("noderun.engine.runtime", "noderun.engine.values") in targets
    assert ("noderun.host.jsthread", "noderun.engine.runtime") in targets
    assert ("noderun.engine._build_ffi", "cffi") in targets
    assert len(source_files()) > 10


def test_relative_imports_resolve_inside_the_tree():
    # every noderun module named by an import must exist: a wrong resolver would invent names
    for imp in internal():
        assert _exists_as_module(imp.target) or imp.target == "noderun", str(imp)


def test_resolver_on_a_synthetic_tree(tmp_path):
    root = tmp_path / "noderun"
    files = {
        "__init__.py": "",
        "errors.py": "",
        "cli.py": "",
        "engine/__init__.py": "",
        "engine/values.py": "",
        "engine/runtime.py": (
            "from . import values as V\n"
            "from .values import thing\n"
            "from .. import errors\n"
            "from ..errors import JSError\n"
            "from ..host.loop import EventLoop\n"
            "def f():\n"
            "    import noderun.cli\n"
            "    from noderun import NAME\n"
            "import cffi\n"
        ),
        "host/__init__.py": "from .loop import EventLoop\n",
        "host/loop.py": "",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    got = sorted(i.target for i in resolve_imports(root / "engine" / "runtime.py", root))
    assert got == sorted([
        "noderun.engine.values", "noderun.engine.values", "noderun.errors", "noderun.errors",
        "noderun.host.loop", "noderun.cli", "noderun", "cffi",
    ])
    assert {i.importer for i in resolve_imports(root / "engine" / "runtime.py", root)} == {"noderun.engine.runtime"}
    got = [(i.importer, i.target) for i in resolve_imports(root / "host" / "__init__.py", root)]
    assert got == [("noderun.host", "noderun.host.loop")]


# -- the rules ------------------------------------------------------------------------------------

def _violations(importer_layer: str, allowed: tuple[str, ...]) -> list[str]:
    return [str(i) for i in internal()
            if layer_of(i.importer) == importer_layer and not in_layer(i, *allowed)]


def test_errors_is_a_leaf():
    assert [str(i) for i in internal() if i.importer == "noderun.errors"] == []


def test_engine_imports_only_errors_and_itself():
    assert _violations("engine", ("engine", "errors")) == []


def test_host_imports_only_engine_errors_and_itself():
    assert _violations("host", ("host", "engine", "errors")) == []


def test_loader_imports_only_engine_host_errors_and_itself():
    assert _violations("loader", ("loader", "engine", "host", "errors")) == []


def test_node_does_not_import_cli_or_pytest_plugin():
    bad = [str(i) for i in internal()
           if layer_of(i.importer) == "node" and i.target in ("noderun.cli", "noderun.pytest_plugin")]
    assert bad == []


def test_only_main_imports_cli():
    bad = [str(i) for i in internal() if i.target == "noderun.cli" and i.importer != "noderun.__main__"]
    assert bad == []


def test_nothing_imports_pytest_plugin():
    bad = [str(i) for i in internal() if i.target == "noderun.pytest_plugin"]
    assert bad == []


def test_cffi_only_inside_engine():
    bad = [str(i) for i in ALL_IMPORTS
           if i.target.split(".")[0] in ("cffi", "_cffi_backend") and layer_of(i.importer) != "engine"]
    assert bad == []


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {p: set() for p in PACKAGES}
    for imp in internal():
        a, b = layer_of(imp.importer), layer_of(imp.target)
        if a in graph and b in graph and a != b:
            graph[a].add(b)
    return graph


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}   # 1 visiting, 2 done
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                cycle = visit(m)
                if cycle:
                    return cycle
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            cycle = visit(n)
            if cycle:
                return cycle
    return None


def test_no_cycles_between_packages():
    graph = _package_graph()
    cycle = _find_cycle(graph)
    assert cycle is None, " -> ".join(cycle or [])


def test_cycle_finder_finds_cycles():
    assert _find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _find_cycle({"a": {"b"}, "b": set(), "c": {"a"}}) is None


@pytest.mark.parametrize("layer", PACKAGES)
def test_layer_exists(layer):
    assert (ROOT / layer / "__init__.py").is_file()
