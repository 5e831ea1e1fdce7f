'use strict';
// The "+ actual - expected" message of a failed strictEqual / deepStrictEqual, laid out as
// node 20 lays it out: the two values are inspected, split into lines and compared line by line
// (no longest-common-subsequence search). Runs of identical lines are shortened to a few lines
// of context, diverging lines are grouped as +++ then ---, identical trailing lines are cut to
// three, and a long diff stops after about 50 printed lines with "...".

// Short primitives on one line are shown as `a !== b` instead of a diff.
const kMaxShortLength = 12;
// Above this many lines an "identical but not reference-equal" value is cut short.
const kMaxIdenticalLines = 50;
const kMaxPrintedLines = 50;

const plainColors = { green: '', red: '', blue: '', white: '' };
const ansiColors = { green: '\u001b[32m', red: '\u001b[31m', blue: '\u001b[34m', white: '\u001b[39m' };

// Node colors the diff when stderr is a terminal that supports colors.
function diffColors() {
  const stderr = process.stderr;
  if (stderr?.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) return ansiColors;
  return plainColors;
}

function terminalWidth() {
  const stderr = process.stderr;
  return stderr?.isTTY ? stderr.columns : 80;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// At most 46 of a long inspection's lines, then "...".
function collapseLines(lines, colors) {
  if (lines.length <= kMaxIdenticalLines) return lines;
  return [...lines.slice(0, 46), `${colors.blue}...${colors.white}`];
}

// `headings` maps operator names (and 'strictEqualObject', 'notIdentical') to message headings;
// a non-empty `customMessage` takes the place of the operator's heading.
function createDiffMessage(actual, expected, operator, inspectValue, headings, customMessage) {
  const colors = diffColors();
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // A caret under the first differing character of two single-line values of moderate size.
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const [actualLine] = actualLines;
    const [expectedLine] = expectedLines;
    const inputLength = actualLine.length + expectedLine.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${customMessage || headings[operator]}\n\n${actualLine} !== ${expectedLine}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < terminalWidth()) {
      let column = 0;
      while (actualLine[column] === expectedLine[column]) column++;
      if (column > 2) indicator = `\n  ${' '.repeat(column)}^`;
    }
  }

  const tail = takeIdenticalTail(actualLines, expectedLines, colors);
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = collapseLines(actualInspected.split('\n'), colors);
    return `${headings.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const heading = `${customMessage || headings[operator]}\n${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  const skippedNote = ` ${colors.blue}...${colors.white} Lines skipped`;
  const body = new DiffBody(colors);
  const cutShort = body.compare(actualLines, expectedLines, maxLines);
  if (cutShort) {
    return `${heading}${skippedNote}\n${body.text}\n${colors.blue}...${colors.white}${body.pending}\n` +
      `${colors.blue}...${colors.white}`;
  }
  const skipped = body.skipped || tail.skipped;
  return `${heading}${skipped ? skippedNote : ''}\n${body.text}${body.pending}${tail.text}${indicator}`;
}

// Removes the identical lines at the end of both inspections; returns how they are shown:
// up to three of them, or the first one, "..." and the last three when five or more match.
function takeIdenticalTail(actualLines, expectedLines, colors) {
  let text = '';
  let count = 0;
  let first = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (count++ < 3) text = `\n  ${line}${text}`;
    else first = line;
  }
  let skipped = false;
  if (count >= 5) {
    text = `\n${colors.blue}...${colors.white}${text}`;
    skipped = true;
  }
  if (first !== '') text = `\n  ${first}${text}`;
  return { text, skipped };
}

// Builds the diff lines. Diverging expected lines wait in `pending` until the next identical
// line, so that consecutive changes read as +++--- rather than +-+-.
class DiffBody {
  constructor(colors) {
    this.colors = colors;
    this.text = '';
    this.pending = '';
    this.printed = 0;
    this.identical = 0;
    this.skipped = false;
  }

  // True when the diff was cut short after too many printed lines.
  compare(actualLines, expectedLines, maxLines) {
    const { green, red, white } = this.colors;
    const actualIsLonger = actualLines.length >= maxLines;
    const longer = actualIsLonger ? actualLines : expectedLines;
    const shorterLength = actualIsLonger ? expectedLines.length : actualLines.length;
    for (let i = 0; i < maxLines; i++) {
      if (i >= shorterLength) {
        this.flushIdentical(longer, i);
        if (actualIsLonger) this.text += `\n${green}+${white} ${longer[i]}`;
        else this.pending += `\n${red}-${white} ${longer[i]}`;
        this.printed++;
      } else {
        this.compareLine(actualLines, expectedLines, i);
      }
      if (this.printed > kMaxPrintedLines && i < maxLines - 2) return true;
    }
    return false;
  }

  compareLine(actualLines, expectedLines, i) {
    const { green, red, white } = this.colors;
    const expectedLine = expectedLines[i];
    let actualLine = actualLines[i];
    // A line that differs only by a trailing comma (the last entry of one side) is the same line.
    let diverging = actualLine !== expectedLine &&
      (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
    if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
      diverging = false;
      actualLine += ',';
    }
    if (diverging) {
      this.flushIdentical(actualLines, i);
      this.text += `\n${green}+${white} ${actualLine}`;
      this.pending += `\n${red}-${white} ${expectedLine}`;
      this.printed += 2;
    } else {
      this.text += this.pending;
      this.pending = '';
      this.identical++;
      // The first two lines of an identical run are shown as they come.
      if (this.identical <= 2) {
        this.text += `\n  ${actualLine}`;
        this.printed++;
      }
    }
  }

  // Before a diverging line: shows the end of the identical run before it. With more than two
  // identical lines, the last one (or two, or three when exactly five) are shown, and "..."
  // stands for the rest when there were more than five.
  flushIdentical(lines, i) {
    const run = this.identical;
    this.identical = 0;
    if (run <= 2) return;
    if (run > 3) {
      if (run > 4) {
        if (run === 5) {
          this.text += `\n  ${lines[i - 3]}`;
          this.printed++;
        } else {
          this.text += `\n${this.colors.blue}...${this.colors.white}`;
          this.skipped = true;
        }
      }
      this.text += `\n  ${lines[i - 2]}`;
      this.printed++;
    }
    this.text += `\n  ${lines[i - 1]}`;
    this.printed++;
  }
}

module.exports = { createDiffMessage, collapseLines, diffColors };
