'use strict';
// The dot reporter: "." for each passed test or suite, "X" for each failed one, 20 to a line when
// the output is not a terminal (the terminal's width when it is); then every failure in full.

const { formatTestReport } = require('internal/test_runner/reporter/format');

class DotReporter {
  constructor(columns = process.stdout.isTTY ? process.stdout.columns : 20) {
    this.columns = columns || 20;
    this.count = 0;
    this.failed = [];
  }

  event(type, data) {
    if (type !== 'test:pass' && type !== 'test:fail') return '';
    if (type === 'test:fail') this.failed.push(data);
    const mark = type === 'test:pass' ? '.' : 'X';
    return ++this.count % this.columns === 0 ? `${mark}\n` : mark;
  }

  end() {
    let text = '\n';
    if (this.failed.length > 0) {
      text += '\nFailed tests:\n\n';
      for (const data of this.failed) text += formatTestReport('test:fail', data, '', '', false, true);
    }
    return text;
  }
}

module.exports = { DotReporter };
