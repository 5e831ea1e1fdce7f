'use strict';
// The junit reporter: the run as JUnit XML, written when the run ends. A test with subtests (or a
// suite) is a <testsuite> counting its direct children; a test without is a <testcase>, with
// <skipped> for skip and todo and <failure> for a failure; diagnostics are comments. The escaping
// is node 24's, quirks included (a `"` in an attribute comes out as &amp;quot;, `>` is kept).

const kIndent = '\t';

function escapeAttribute(text) {
  return `${text}`.replace(/"/g, '&quot;').replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function escapeText(text) {
  return `${text}`.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function seconds(ms) {
  return ((ms ?? 0) / 1000).toFixed(6);
}

// The failure's text: the error object inspected as node shows it (in a test file's process the
// error arrives as text already).
function failureText(error) {
  if (error instanceof Error) return require('util').inspect(error);
  return error?.inspected ?? error?.rendered ?? `${error?.message}`;
}

function failureMessage(error) {
  const cause = error?.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  if (cause !== null && typeof cause === 'object') return cause.message ?? `${cause}`;
  return `${cause ?? error?.message}`;
}

class JUnitReporter {
  constructor() {
    this.root = { children: [] };   // children: tests, and { comment } for diagnostics, in order
    this.stack = [this.root];
  }

  event(type, data) {
    switch (type) {
      case 'test:start': {
        const node = { data, children: [] };
        this.stack.length = Math.min(this.stack.length, data.nesting + 1);
        this.stack[this.stack.length - 1].children.push(node);
        this.stack.push(node);
        break;
      }
      case 'test:pass':
      case 'test:fail': {
        const node = this.stack[data.nesting + 1] ?? { children: [] };
        node.data = data;
        node.failed = type === 'test:fail';
        this.stack.length = data.nesting + 1;
        break;
      }
      case 'test:diagnostic':
        (this.stack[Math.min(data.nesting, this.stack.length - 1)] ?? this.root).children.push({ comment: data.message });
        break;
      default:
    }
    return '';
  }

  end() {
    const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
    for (const child of this.root.children) this.render(child, 1, lines);
    lines.push('</testsuites>');
    return `${lines.join('\n')}\n`;
  }

  render(node, depth, lines) {
    const pad = kIndent.repeat(depth);
    if (node.comment !== undefined) {
      lines.push(`${pad}<!-- ${node.comment} -->`);
      return;
    }
    const { data } = node;
    const direct = node.children.filter((child) => child.comment === undefined);
    const isSuite = direct.length > 0 || data.details?.type === 'suite';
    if (isSuite) {
      const failures = direct.filter((c) => c.failed).length;
      const skipped = direct.filter((c) => c.data.skip !== undefined || c.data.todo !== undefined).length;
      lines.push(`${pad}<testsuite name="${escapeAttribute(data.name)}" time="${seconds(data.details?.duration_ms)}" ` +
        `disabled="0" errors="0" tests="${direct.length}" failures="${failures}" skipped="${skipped}" ` +
        `hostname="${escapeAttribute(require('os').hostname())}">`);
      for (const child of node.children) this.render(child, depth + 1, lines);
      lines.push(`${pad}</testsuite>`);
      return;
    }
    const error = node.failed ? data.details?.error : undefined;
    let open = `${pad}<testcase name="${escapeAttribute(data.name)}" time="${seconds(data.details?.duration_ms)}" ` +
      `classname="test"${data.file ? ` file="${escapeAttribute(data.file)}"` : ''}`;
    if (error) open += ` failure="${escapeAttribute(failureMessage(error))}"`;
    const inner = [];
    if (data.skip !== undefined) inner.push(`${pad}${kIndent}<skipped type="skipped" message="${escapeAttribute(data.skip)}"/>`);
    else if (data.todo !== undefined) inner.push(`${pad}${kIndent}<skipped type="todo" message="${escapeAttribute(data.todo)}"/>`);
    if (error) {
      inner.push(`${pad}${kIndent}<failure type="${escapeAttribute(error.failureType)}" message="${escapeAttribute(failureMessage(error))}">`);
      inner.push(escapeText(failureText(error)));
      inner.push(`${pad}${kIndent}</failure>`);
    }
    if (inner.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...inner, `${pad}</testcase>`);
    for (const child of node.children) this.render(child, depth, lines);   // its diagnostics
  }
}

module.exports = { JUnitReporter };
