'use strict';
// The spec reporter: a line per test, suites as headers with their tests indented below, the
// diagnostics, then (at the summary) every failed test again with its location and error.

const { symbols, indent, formatTestReport } = require('internal/test_runner/reporter/format');

class SpecReporter {
  constructor() {
    this.stack = [];      // test:start events whose result has not come yet, innermost first
    this.reported = [];   // headers printed, innermost first
    this.failed = [];
  }

  event(type, data) {
    switch (type) {
      case 'test:start':
        this.stack.unshift(data);
        return '';
      case 'test:pass':
      case 'test:fail':
        return this.result(type, data);
      case 'test:stdout':
      case 'test:stderr':
        return data.message;
      case 'test:diagnostic':
        return `${indent(data.nesting)}${symbols['test:diagnostic']}${data.message}\n`;
      case 'test:coverage':
        return require('internal/test_runner/coverage').formatTable(data.summary,
          `${indent(data.nesting)}${symbols['test:diagnostic']}`);
      case 'test:summary':   // (the runner's own, not a file's): the run's failures again
        return data.file === undefined ? this.failures() : '';
      default:
        return '';
    }
  }

  result(type, data) {
    if (type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') this.failed.push(data);
    this.stack.shift();
    let prefix = '';
    while (this.stack.length > 0) {
      const parent = this.stack.pop();
      this.reported.unshift(parent);
      prefix += `${indent(parent.nesting)}${symbols['arrow:right']}${parent.name}\n`;
    }
    let hasChildren = false;
    const last = this.reported[0];
    if (last && last.nesting === data.nesting && last.name === data.name) {
      this.reported.shift();
      hasChildren = true;
    }
    return `${formatTestReport(type, data, prefix, indent(data.nesting), hasChildren, false)}\n`;
  }

  end() {   // (those a summary of a file run on its own, which names the file, left)
    return this.failures();
  }

  // Every failed test since the last summary, with its location (a watch mode run has its own).
  failures() {
    if (this.failed.length === 0) return '';
    const { relative } = require('path');
    const entries = this.failed.map((data) => {
      const location = data.file ? `test at ${relative(process.cwd(), data.file)}:${data.line}:${data.column}` : '';
      return `${location}\n${formatTestReport('test:fail', data, '', '', false, true)}`;
    });
    this.failed = [];
    return `\n${symbols['test:fail']}failing tests:\n\n${entries.join('\n')}`;
  }
}

module.exports = { SpecReporter };
