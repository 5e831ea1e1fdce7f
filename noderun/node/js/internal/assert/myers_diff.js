'use strict';
// The line diff of node 24's assertion messages (and of util.diff): Myers' O(ND) shortest edit
// script between two lists, with node's choices where several scripts are equally short (the
// furthest-reaching path wins, a tie goes to taking from `expected`), then printed with long runs
// of unchanged lines shortened.

const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const kInsert = 1;    // only in actual
const kDelete = -1;   // only in expected
const kKeep = 0;      // in both

// Unchanged lines printed before a run is shortened.
const kKeptLinesShown = 5;

// With `ignoreTrailingComma`, 'x' and 'x,' count as the same line: the last entry of an object
// or array gains a comma when the other side has more entries.
function linesMatch(a, b, ignoreTrailingComma) {
  if (a === b) return true;
  return ignoreTrailingComma && (`${a},` === b || a === `${b},`);
}

// The edit script turning `expected` into `actual`, as [operation, value] pairs in order.
function myersDiff(actual, expected, ignoreTrailingComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) throw new ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);

  // furthest[k + max]: the furthest x reached on diagonal k (x - y = k); one snapshot per round
  // so the path can be walked back.
  const furthest = new Int32Array(2 * max + 1);
  const snapshots = [];
  for (let d = 0; d <= max; d++) {
    snapshots.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = takesExpected(furthest, k, d, max) ? furthest[k + 1 + max] : furthest[k - 1 + max] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], ignoreTrailingComma)) {
        x++;
        y++;
      }
      furthest[k + max] = x;
      if (x >= n && y >= m) return walkBack(snapshots, actual, expected, ignoreTrailingComma);
    }
  }
  return [];
}

// Whether diagonal k is reached from k + 1 (one more line of `expected`) rather than from k - 1.
function takesExpected(furthest, k, d, max) {
  return k === -d || (k !== d && furthest[k - 1 + max] < furthest[k + 1 + max]);
}

function walkBack(snapshots, actual, expected, ignoreTrailingComma) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const reversed = [];
  for (let d = snapshots.length - 1; d >= 0; d--) {
    const furthest = snapshots[d];
    const k = x - y;
    const previousK = takesExpected(furthest, k, d, max) ? k + 1 : k - 1;
    const previousX = furthest[previousK + max];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      // Of two lines that differ by a trailing comma, the one that has it is shown.
      const line = actual[x - 1];
      reversed.push([kKeep, ignoreTrailingComma && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > previousX) reversed.push([kInsert, actual[--x]]);
      else reversed.push([kDelete, expected[--y]]);
    }
  }
  return reversed.reverse();
}

// One colored string (used for a character diff of two strings on a color terminal).
function printSimpleMyersDiff(script, colors) {
  let message = '';
  for (const [operation, value] of script) {
    let color = colors.white;
    if (operation === kInsert) color = colors.green;
    else if (operation === kDelete) color = colors.red;
    message += `${color}${value}${colors.white}`;
  }
  return `\n${message}`;
}

// "+ line" / "- line" / "  line". A run of unchanged lines shows its first five; before the next
// change the end of the run comes back: one or two more lines when that is all that was left
// out, otherwise "..." and the run's last line (`skipped` then says lines were left out).
function printMyersDiff(script, operator, colors) {
  let message = '';
  let skipped = false;
  let keptRun = 0;
  for (let i = 0; i < script.length; i++) {
    const [operation, value] = script[i];
    if (operation !== kKeep && i > 0 && script[i - 1][0] === kKeep) {
      const hidden = keptRun - kKeptLinesShown;
      if (hidden >= 3) {
        message += `${colors.blue}...${colors.white}\n`;
        skipped = true;
      } else if (hidden === 2) {
        message += `${colors.white}  ${script[i - 2][1]}\n`;
      }
      if (hidden >= 1) message += `${colors.white}  ${script[i - 1][1]}\n`;
      keptRun = 0;
    }
    if (operation === kInsert) {
      // partialDeepStrictEqual greys out what only actual has: it is allowed to be there.
      message += operator === 'partialDeepStrictEqual'
        ? `${colors.gray}${colors.hasColors ? ' ' : '+'} ${value}${colors.white}\n`
        : `${colors.green}+${colors.white} ${value}\n`;
    } else if (operation === kDelete) {
      message += `${colors.red}-${colors.white} ${value}\n`;
    } else {
      if (keptRun < kKeptLinesShown) message += `${colors.white}  ${value}\n`;
      keptRun++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff, printSimpleMyersDiff, kInsert, kDelete, kKeep };
