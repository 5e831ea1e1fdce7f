'use strict';
// --experimental-test-coverage, the test runner's side: the counters the loaders put in each file
// (noderun/loader/coverage_instrument.py) are read at the end of the run, made into node's summary
// (host side, loader/coverage_summary.py) for the files node reports (not node_modules', not the
// test files unless --test-coverage-exclude says otherwise, only those of --test-coverage-include
// when given; a file outside the working directory shows under '..'), checked against the
// --test-coverage-lines / -branches / -functions thresholds, and sent as the `test:coverage` event,
// which the spec and tap reporters print as node's table and the lcov reporter as lcov.

const path = require('path');

// {path: counts} of the files this process ran.
function processCounts() {
  const counters = globalThis.__nrcov;
  if (counters === undefined) return {};
  const byId = {};
  counters.forEach((counts, id) => { byId[id] = Array.from(counts); });
  return JSON.parse(host.coverageCounts(JSON.stringify(byId)));
}


function reported(file, settings, cwd) {
  const relative = path.relative(cwd, file);
  if (file.includes(`${path.sep}node_modules${path.sep}`)) return false;
  const { include } = settings;
  // (from the command line, no --test-coverage-exclude leaves the test files out; run() does not)
  const { exclude } = settings;
  if (exclude.some((glob) => path.matchesGlob(relative, glob) || path.matchesGlob(file, glob))) return false;
  if (include.length > 0) return include.some((glob) => path.matchesGlob(relative, glob) || path.matchesGlob(file, glob));
  return true;
}

const percent = (covered, total) => (total === 0 ? 100 : (covered / total) * 100);

// node's summary of the files of [{path: counts}, ...], a process's counts each (the runner of
// --test merges its files' processes' as node merges their V8 coverage); `settings`: the include
// and exclude globs and the thresholds, from the command line or run()'s options.
function summarize(processes, settings, cwd = process.cwd()) {
  const kept = processes.map((counts) => {
    const files = {};
    for (const [file, values] of Object.entries(counts)) if (reported(file, settings, cwd)) files[file] = values;
    return files;
  });
  const files = JSON.parse(host.coverageSummaries(JSON.stringify(kept)));
  files.sort((a, b) => a.path.localeCompare(b.path));
  const totals = {
    totalLineCount: 0, totalBranchCount: 0, totalFunctionCount: 0,
    coveredLineCount: 0, coveredBranchCount: 0, coveredFunctionCount: 0,
  };
  for (const file of files) for (const key of Object.keys(totals)) totals[key] += file[key];
  totals.coveredLinePercent = percent(totals.coveredLineCount, totals.totalLineCount);
  totals.coveredBranchPercent = percent(totals.coveredBranchCount, totals.totalBranchCount);
  totals.coveredFunctionPercent = percent(totals.coveredFunctionCount, totals.totalFunctionCount);
  const { lines: line = 0, branches: branch = 0, functions: fn = 0 } = settings.thresholds;
  return { workingDirectory: cwd, files, totals, thresholds: { line, branch, function: fn } };
}

// Emits what a run's coverage ends with: a diagnostic for each threshold not met, then the
// report; false when a threshold was not met.
function report(emit, summary, where = {}) {
  let met = true;
  for (const [name, key] of [['line', 'coveredLinePercent'], ['branch', 'coveredBranchPercent'],
    ['function', 'coveredFunctionPercent']]) {
    const threshold = summary.thresholds[name];
    const actual = summary.totals[key];
    if (actual < threshold) {
      met = false;
      emit('test:diagnostic', {
        nesting: 0,
        message: `Error: ${actual.toFixed(2)}% ${name} coverage does not meet threshold of ${threshold}%.`,
        level: 'error',
        ...where,
      });
    }
  }
  emit('test:coverage', { nesting: 0, summary, ...where });
  return met;
}

// The lines not covered as node lists them: "3 5-7".
function uncoveredLines(lines) {
  const spans = [];
  for (const { line, count } of lines) {
    if (count !== 0) continue;
    const last = spans[spans.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else spans.push([line, line]);
  }
  return spans.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(' ');
}

const kColumns = ['line %', 'branch %', 'funcs %'];
const kKeys = ['coveredLinePercent', 'coveredBranchPercent', 'coveredFunctionPercent'];

// node's coverage table, each line behind `prefix`: the files as a tree of their directories.
function formatTable(summary, prefix) {
  const rows = [];
  const shown = new Set();
  for (const file of summary.files) {
    const parts = path.relative(summary.workingDirectory, file.path).split(path.sep);
    for (let depth = 0; depth < parts.length - 1; depth++) {
      const key = parts.slice(0, depth + 1).join(path.sep);
      if (shown.has(key)) continue;
      shown.add(key);
      rows.push({ name: `${' '.repeat(depth)}${parts[depth]}`, file: null });
    }
    rows.push({ name: `${' '.repeat(parts.length - 1)}${parts[parts.length - 1]}`, file });
  }
  // (as node sizes it: the longest name plus the deepest indentation)
  const depth = Math.max(0, ...rows.map((row) => row.name.length - row.name.trimStart().length));
  const width = Math.max('all files'.length, ...rows.map((row) => row.name.trimStart().length + depth));
  const uncovered = rows.map((row) => (row.file ? uncoveredLines(row.file.lines) : ''));
  const uncoveredWidth = Math.max('uncovered lines'.length, ...uncovered.map((text) => text.length));
  const columns = (values) => kColumns.map((column, i) => values[i].padStart(column.length)).join(' | ');
  const figures = (entry) => columns(kKeys.map((key) => entry[key].toFixed(2)));
  const rule = `${prefix}${'-'.repeat(width + 2 + kColumns.reduce((sum, c) => sum + c.length + 3, 0) + uncoveredWidth + 2)}\n`;
  let text = `${prefix}start of coverage report\n${rule}`;
  text += `${prefix}${'file'.padEnd(width)} | ${kColumns.join(' | ')} | uncovered lines\n${rule}`;
  rows.forEach((row, i) => {
    text += `${prefix}${row.name.padEnd(width)} | ${row.file ? figures(row.file) : columns(['', '', ''])} | ${uncovered[i]}\n`;
  });
  text += `${rule}${prefix}${'all files'.padEnd(width)} | ${figures(summary.totals)} | \n${rule}`;
  return `${text}${prefix}end of coverage report\n`;
}

module.exports = { processCounts, summarize, report, formatTable };
