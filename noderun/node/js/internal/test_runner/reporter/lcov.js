'use strict';
// The lcov reporter (--test-reporter=lcov): the `test:coverage` event of a run with
// --experimental-test-coverage as an lcov trace file (its FN / FNDA / BRDA / DA records per
// file, paths relative to the working directory), as node 24 writes it; nothing else.

const { relative } = require('path');

class LcovReporter {
  event(type, data) {
    if (type !== 'test:coverage') return '';
    const { workingDirectory, files } = data.summary;
    let text = 'TN:\n';
    for (const file of files) {
      text += `SF:${relative(workingDirectory, file.path)}\n`;
      // (an anonymous function is named after its place in the file's list)
      const names = file.functions.map((fn, i) => fn.name || `anonymous_${i}`);
      file.functions.forEach((fn, i) => { text += `FN:${fn.line},${names[i]}\n`; });
      file.functions.forEach((fn, i) => { text += `FNDA:${fn.count},${names[i]}\n`; });
      text += `FNF:${file.totalFunctionCount}\nFNH:${file.coveredFunctionCount}\n`;
      file.branches.forEach((branch, i) => { text += `BRDA:${branch.line},${i},0,${branch.count}\n`; });
      text += `BRF:${file.totalBranchCount}\nBRH:${file.coveredBranchCount}\n`;
      for (const line of file.lines) text += `DA:${line.line},${line.count}\n`;
      text += `LH:${file.coveredLineCount}\nLF:${file.totalLineCount}\nend_of_record\n`;
    }
    return text;
  }

  end() { return ''; }
}

module.exports = { LcovReporter };
