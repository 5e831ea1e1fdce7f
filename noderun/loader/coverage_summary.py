"""A file's coverage as node 24 reports it (its `test:coverage` event), from the counters of an
instrumented file (coverage_instrument.py).

Two steps, as in node: the counts become the ranges V8's block coverage would give for each
function (a function's own range with its calls, then the blocks whose count differs from the
block around them: V8 drops a nested range with its parent's count, and joins touching ranges of
one count), and node turns those ranges into lines, branches and functions: every range of a
function that ran is a branch; a line is covered unless a range that ran 0 times covers all of it
(blank lines too); a function that never ran is one range of 0 (V8 has no block counts for it),
and one inside a function that never ran is not seen at all."""

from __future__ import annotations

from . import lazy_re


def v8_functions(plan, counts) -> list[dict]:
    """[{name, isBlockCoverage, ranges: [(start, end, count)]}] as V8 would report the file."""
    functions = []
    for index, function in enumerate(plan.functions):
        count = counts[function.counter]
        if index > 0 and count == 0 and not function.initializer:
            parent = plan.functions[function.parent]
            if counts[parent.counter] == 0:
                continue   # (never compiled: V8 has no function for it)
            functions.append({"name": function.name, "isBlockCoverage": False,
                              "ranges": [(function.start, function.end, 0)]})
            continue
        if index > 0 and counts[plan.functions[function.parent].counter] == 0:
            continue
        blocks = [[b.start, None if b.continuation else b.end, counts[b.counter]]
                  for b in plan.blocks if b.function == index]
        root = [function.start, function.end, count]
        functions.append({"name": function.name, "isBlockCoverage": True,
                          "ranges": [tuple(root)] + [tuple(b) for b in _clean(root, blocks)]})
    return functions


# V8's clean-up of a function's block ranges (a continuation is a start position until then),
# step by step as its debug-coverage.cc does them.

def _clean(root, blocks):
    blocks = _sort_unique(blocks)
    blocks = [b for i, b in enumerate(blocks)   # a continuation that starts where a range does
              if not (b[1] is None and i > 0 and blocks[i - 1][0] == b[0] and blocks[i - 1][1] is not None)]
    blocks = _rewrite_singletons(root, blocks)
    blocks = _merge_consecutive(root, blocks)
    blocks = _merge_nested(root, blocks)
    return [b for b in blocks if b[0] < b[1]]


def _sort_unique(blocks):
    blocks.sort(key=lambda b: (b[0], -(b[1] if b[1] is not None else -1)))
    unique = []
    for block in blocks:
        if unique and unique[-1][0] == block[0]:
            if unique[-1][1] is None and block[1] is None:
                unique[-1][2] = max(unique[-1][2], block[2])
                continue
        unique.append(block)
    return unique


def _walk(root, blocks):
    """(index, block, parent, next block or None, top level?) with V8's nesting: a block is
    inside the last one not yet ended before it. The caller may delete the block it is given (its
    'deleted' set), which then contains nothing."""
    stack = []
    deleted = set()
    for index, block in enumerate(blocks):
        while stack and stack[-1][1] <= block[0]:
            stack.pop()
        parent = stack[-1] if stack else root
        after = next((b for j, b in enumerate(blocks[index + 1:], index + 1) if j not in deleted), None)
        yield index, block, parent, after, not stack, deleted
        if index not in deleted:
            stack.append(block)


def _rewrite_singletons(root, blocks):
    for index, block, parent, after, top, deleted in _walk(root, blocks):
        if block[0] >= root[1]:
            deleted.add(index)
            continue
        if block[1] is None:
            if after is not None and after[0] < parent[1]:
                block[1] = after[0]
            else:
                block[1] = parent[1] - 1 if top else parent[1]
    return [b for b in blocks if b[0] < root[1]]


def _merge_consecutive(root, blocks):
    deleted_all = set()
    for index, block, parent, after, top, deleted in _walk(root, blocks):
        if after is not None and after[0] < parent[1] and after[0] == block[1] and after[2] == block[2]:
            after[0] = block[0]
            deleted.add(index)
            deleted_all.add(index)
    return [b for i, b in enumerate(blocks) if i not in deleted_all]


def _merge_nested(root, blocks):
    deleted_all = set()
    for index, block, parent, after, top, deleted in _walk(root, blocks):
        if parent[2] == block[2]:
            deleted.add(index)
            deleted_all.add(index)
    return [b for i, b in enumerate(blocks) if i not in deleted_all]


class _Line:
    __slots__ = ("number", "start", "end", "count", "ignore")

    def __init__(self, number: int, start: int, end: int):
        self.number = number
        self.start = start
        self.end = end   # (before the line break)
        self.count = 1 if start == end else 0
        self.ignore = False


# node's comments that leave lines out of the report
_IGNORE_NEXT = lazy_re.LazyPattern(r"/\* node:coverage ignore next (?P<count>\d+ )?\*/")
_STATUS = lazy_re.LazyPattern(r"/\* node:coverage (?P<status>enable|disable) \*/")


def _lines(source: str) -> list[_Line]:
    lines = []
    offset = 0
    ignoring = 0
    enabled = True
    for number, text in enumerate(_split_lines(source), 1):
        body = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
        line = _Line(number, offset, offset + len(body))
        offset += len(text)
        if ignoring > 0:
            ignoring -= 1
            line.ignore = True
        elif not enabled:
            line.ignore = True
        if not line.ignore and "node:coverage" in text:
            found = _IGNORE_NEXT.search(text)
            if found is not None:
                ignoring = int(found.group("count") or 1)
        status = _STATUS.search(text) if "node:coverage" in text else None
        if status is not None:
            ignoring = 0
            enabled = status.group("status") == "enable"
        lines.append(line)
    return lines


def _split_lines(source: str) -> list[str]:
    """The lines with their breaks, as node splits a file (after each \\n)."""
    parts = source.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1] or not lines:
        lines.append(parts[-1])
    return lines


def _lines_of(lines: list[_Line], start: int, end: int, count: int) -> list[_Line]:
    """The lines a range touches (from the one it starts on); those it covers whole take its count."""
    low, high = 0, len(lines) - 1
    first = None
    while low <= high:
        middle = (low + high) // 2
        line = lines[middle]
        if line.start <= start <= line.end:
            first = middle
            break
        if start > line.end:
            low = middle + 1
        else:
            high = middle - 1
    if first is None:
        return []
    touched = []
    for line in lines[first:]:
        if end <= line.start:
            break
        if start <= line.start and end >= line.end:
            line.count = count
        touched.append(line)
    return touched


def _percent(covered: int, total: int) -> float:
    return 100 if total == 0 else covered / total * 100


def merge_functions(old: list[dict], new: list[dict]) -> None:
    """Adds another process's V8 functions of a file to `old`, as node merges the coverage of the
    processes of a run: the same function (name and range) has its counts added where a range is
    the same, its covered ranges kept, and of two uncovered ranges one inside the other the inner
    one kept; a function only one process saw is kept as it is."""
    for function in new:
        match = next((f for f in old if f["name"] == function["name"] and f["ranges"][0][:2] == function["ranges"][0][:2]),
                     None)
        if match is None:
            old.append(function)
        elif function["isBlockCoverage"]:
            if match["isBlockCoverage"]:
                match["ranges"] = _merge_ranges(match["ranges"], function["ranges"])
            else:
                match["isBlockCoverage"] = True
                match["ranges"] = list(function["ranges"])


def _merge_ranges(old: list, new: list) -> list:
    old = [list(r) for r in old]
    kept: list = []   # (an ordered set of the ranges, by identity)

    def keep(r):
        if not any(k is r for k in kept):
            kept.append(r)

    for r in old:
        if r[2] > 0:
            keep(r)
    for r in new:
        r = list(r)
        exact = False
        for o in old:
            if o[0] == r[0] and o[1] == r[1]:
                o[2] += r[2]
                keep(o)
                exact = True
                break
            if o[2] == 0 and r[2] == 0:
                if o[0] <= r[0] and r[1] <= o[1]:
                    keep(r)
                elif r[0] <= o[0] and o[1] <= r[1]:
                    keep(o)
        if r[2] > 0 and not exact:
            keep(r)
    return [tuple(r) for r in kept]


def file_summary(path: str, source: str, functions: list[dict]) -> dict:
    """The file's entry of node's coverage summary, from its V8 functions."""
    lines = _lines(source)
    functions_in, functions = functions, []
    branches = []
    branches_covered = functions_covered = 0
    for index, function in enumerate(functions_in):
        ranges = function["ranges"]
        most = 0
        first_lines = []
        all_ignored = []
        for start, end, count in ranges:
            most = max(most, count)
            touched = _lines_of(lines, start, end, count)
            first_lines.append(touched[0].number if touched else None)
            # (a range all of whose lines a node:coverage comment leaves out counts as covered)
            all_ignored.append(all(line.ignore for line in touched))
            if function["isBlockCoverage"]:
                branches.append({"line": first_lines[-1], "count": count})
                branches_covered += count != 0 or all_ignored[-1]
        if index > 0:
            functions.append({"name": function["name"], "count": most, "line": first_lines[0]})
            functions_covered += ranges[0][2] != 0 or all_ignored[0]
    line_reports = [{"line": line.number, "count": line.count} for line in lines if not line.ignore]
    lines_covered = sum(1 for line in lines if line.count > 0 or line.ignore)
    return {
        "path": path,
        "totalLineCount": len(lines),
        "totalBranchCount": len(branches),
        "totalFunctionCount": len(functions),
        "coveredLineCount": lines_covered,
        "coveredBranchCount": branches_covered,
        "coveredFunctionCount": functions_covered,
        "coveredLinePercent": _percent(lines_covered, len(lines)),
        "coveredBranchPercent": _percent(branches_covered, len(branches)),
        "coveredFunctionPercent": _percent(functions_covered, len(functions)),
        "functions": functions,
        "branches": branches,
        "lines": line_reports,
    }
