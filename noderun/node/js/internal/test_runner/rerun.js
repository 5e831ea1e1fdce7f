'use strict';
// --test-rerun-failures <file> (run({ rerunFailuresFilePath })), as node 24.12.0 has it: the file
// is a JSON array with one entry per run ("attempt"), mapping each test that passed in that run to
// { name, passed_on_attempt }. A test is known by `<file relative to the cwd>:<line>:<column>`;
// a second test declared at the same place gets ":(1)" after it. A test that the newest entry
// says has passed is not run again: it reports a pass at once (a suite's body does not run).
//
// node 24.12.0 counts those places in a way later nodes fixed, and noderun keeps its results:
// after the second test at one place, every further one gets ":(1)" too (the count is kept under
// the name with the suffix), and the file's writer counts only the tests that passed.

const path = require('path');

let previous = null;

// The runs recorded so far: [] when the file does not exist yet (a bad file throws, as in node).
function readPreviousRuns(file) {
  if (previous !== null && previous.file === file) return previous.runs;
  const fs = require('fs');
  let runs = [];
  if (fs.existsSync(file)) runs = JSON.parse(fs.readFileSync(file, 'utf8'));
  previous = { file, runs };
  return runs;
}

// Names the tests of a run by their place, in the order they are met.
class PlaceNames {
  constructor(cwd) {
    this.cwd = cwd;
    this.seen = new Map();
  }

  name({ file, line, column }) {
    let id = `${path.relative(this.cwd, file)}:${line}:${column}`;
    const count = this.seen.get(id);
    if (count === undefined) {
      this.seen.set(id, 1);
    } else {
      id += `:(${count})`;
      this.seen.set(id, count + 1);   // (node 24.12.0's count: see the top)
    }
    return id;
  }
}

// The test process's side: which attempt this is, and whether a test passed before.
class RerunState {
  constructor(file, cwd = process.cwd()) {
    this.runs = readPreviousRuns(file);
    this.names = new PlaceNames(cwd);
  }

  get attempt() { return this.runs.length; }

  // The newest run's entry for a test declared at `loc`, if it passed then.
  passedBefore(loc) {
    const id = this.names.name(loc);
    return this.runs[this.runs.length - 1]?.[id];
  }
}

// The runner's side: a reporter that notes the tests that pass and, at the end of the run, adds
// them to the file as a new entry.
class RerunRecorder {
  constructor(file, cwd = process.cwd()) {
    this.file = file;
    this.runs = readPreviousRuns(file);
    this.names = new PlaceNames(cwd);
    this.passed = { __proto__: null };
  }

  event(type, data) {
    if (type !== 'test:pass' || data.file === undefined) return '';
    this.passed[this.names.name(data)] = {
      name: data.name,
      passed_on_attempt: data.details.passed_on_attempt ?? this.runs.length,
    };
    return '';
  }

  end() {
    Array.prototype.push.call(this.runs, this.passed);   // (as node, whatever the file held)
    require('fs').writeFileSync(this.file, JSON.stringify(this.runs, null, 2));
    return '';
  }
}

module.exports = { RerunState, RerunRecorder };
