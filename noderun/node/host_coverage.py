"""--experimental-test-coverage, what JS asks the host: a CommonJS module's source with its
counters (loader/coverage.py), a stack frame's column as written, and the files' summaries
(loader/coverage_summary.py) from the counters JS hands back. (Whether this process counts is
decided before the program runs: bootstrap/main.py calls enableCoverage.)"""

from __future__ import annotations

from ..engine import json_text
from ..engine.runtime import Context
from ..loader.coverage import instrument, original_column, path_of, plan_of


def _instrument_cjs(ctx: Context, source: str, filename: str) -> str:
    return instrument(ctx.host.realm, filename, filename, source)


def _original_column(ctx: Context, name: str, line: int, column: int) -> int:
    return original_column(name, line, column)


def _counts(ctx: Context, counters_json: str) -> str:
    """{path: counts} of this process's files, from the counters by file id."""
    counters = json_text.loads(counters_json)
    paths = {file_id: path_of(int(file_id)) for file_id in counters}
    return json_text.dumps({paths[file_id]: counts for file_id, counts in counters.items() if paths[file_id]})


def _summaries(ctx: Context, processes_json: str) -> str:
    """node's summary entries of the files counted in [{path: counts}, ...] (one a process: a
    file counted by several is merged as node merges V8's coverage; a file this process did not
    load is read and analysed again, as the runner of `--test` does for its files' counts)."""
    from ..loader.coverage_summary import file_summary, merge_functions, v8_functions
    merged: dict = {}
    for counts_by_path in json_text.loads(processes_json):
        for path, counts in counts_by_path.items():
            found = plan_of(path)
            if found is None or found[1].counters != len(counts):
                continue
            functions = v8_functions(found[1], counts)
            if path in merged:
                merge_functions(merged[path][1], functions)
            else:
                merged[path] = (found[0], functions)
    return json_text.dumps([file_summary(path, source, functions) for path, (source, functions) in merged.items()])


FUNCTIONS = {
    "coverageInstrument": _instrument_cjs,
    "coverageColumn": _original_column,
    "coverageCounts": _counts,
    "coverageSummaries": _summaries,
}
