'use strict';
// The source text of the assert.ok(...) call that failed, for ok's generated message
// "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n".
//
// Node 24 takes the line of the call site and, from the column V8 gives the call (the callee's
// property name, the callee identifier, or the arguments' "(" when the callee is an expression),
// keeps the text up to the parenthesis that closes the call, a ";" or the end of the line; a
// plain member chain just before the column (assert.ok, a['b'].ok) is taken in too. QuickJS
// reports another column for a call (the last position it recorded before it), so the file is
// tokenized and the call is chosen among the calls whose text contains that position: the
// innermost one whose callee ends in a name of the assert API, or else the innermost one; V8's
// column is then derived from that call.

const { siteColumn } = require('internal/process/execution');

const assertNames = new Set(['assert', 'ok', 'strict']);
// Keywords after which "(" opens a parenthesized expression, not a call's arguments.
const nonCallKeywords = new Set([
  'if', 'while', 'for', 'switch', 'catch', 'with', 'return', 'typeof', 'void', 'delete', 'in',
  'of', 'new', 'await', 'yield', 'case', 'do', 'else', 'instanceof', 'throw',
]);
// Keywords after which "/" starts a regular expression.
const regExpKeywords = new Set([
  'return', 'typeof', 'void', 'delete', 'in', 'of', 'new', 'await', 'yield', 'case', 'do',
  'else', 'instanceof', 'throw',
]);
const identifierChar = /[\p{ID_Continue}$\u200c\u200d]/u;
const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

// The engine's call sites above `fn` that run JS (Function.prototype.call / apply and other
// native frames are left out, as V8 leaves them out).
function callerSites(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = 6;
  Error.prepareStackTrace = (error, sites) => sites;
  try {
    Error.captureStackTrace(holder, fn);
  } finally {
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = prepare;
  }
  return Array.isArray(holder.stack) ? holder.stack.filter((site) => !site.isNative()) : [];
}

const messageCache = new Map();

function filePath(file) {
  if (!file.startsWith('file://')) return file;
  return decodeURIComponent(file.slice('file://'.length));
}

function siteLocation(site) {
  const file = site.getFileName();
  const line = site.getLineNumber();
  return [file, line, siteColumn(file, line, site.getColumnNumber())];
}

// The source text the call site runs in, or undefined. QuickJS names code compiled at run time
// '<input>': a `new Function` keeps its source (its toString is the text that was compiled);
// eval'd code does not, so it is read back from the eval call when its argument is a string
// literal.
function siteSource(sites) {
  const [file] = siteLocation(sites[0]);
  if (file === undefined || file === null || file.startsWith('node:')) return undefined;
  if (file !== '<input>') return host.readFileText(filePath(file));
  const compiled = Function.prototype.toString.call(sites[0].getFunction());
  if (!compiled.endsWith('[native code]\n}')) return compiled;
  return sites.length > 1 ? evalLiteralSource(sites[1]) : undefined;
}

// The string literal passed to the eval call at `site`, cooked, or undefined.
function evalLiteralSource(site) {
  const source = siteSource([site]);
  if (source === undefined) return undefined;
  const [, line, column] = siteLocation(site);
  const tokens = tokenize(source);
  const offset = offsetOf(source, line, column);
  for (let i = tokens.length - 1; i > 0; i--) {
    const open = tokens[i];
    if (open.value !== '(' || tokens[i - 1].value !== 'eval' || open.match === undefined) continue;
    if (offset < tokens[i - 1].start || offset > tokens[open.match].end) continue;
    const literal = tokens[i + 1];
    if (open.match !== i + 2 || literal.type !== 'string') return undefined;
    // a lone string literal: evaluating its text only cooks its escapes
    return (0, eval)(source.slice(literal.start, literal.end));
  }
  return undefined;
}

// ok's message for a falsy value, or undefined when the source cannot be read (node's
// builtins, eval'd code given as anything but a literal, a missing file).
function falsyExpressionMessage(fn) {
  const sites = callerSites(fn);
  if (sites.length === 0) return undefined;
  const [file, line, column] = siteLocation(sites[0]);
  // a file's messages are kept: a failing ok in a loop reads and tokenizes the file once
  const key = file === '<input>' ? undefined : `${file}:${line}:${column}`;
  if (key !== undefined && messageCache.has(key)) return messageCache.get(key);
  let message;
  try {
    const source = siteSource(sites);
    if (source === undefined) return undefined;
    const tokens = tokenize(source);
    const open = findCall(tokens, offsetOf(source, line, column));
    if (open !== -1) message = formatCall(source, tokens, open);
  } catch {
    message = undefined;
  }
  if (key !== undefined) messageCache.set(key, message);
  return message;
}

function offsetOf(source, line, column) {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

// node's escapes for the control characters other than tab and line breaks
function escapeControl(ch) {
  if (ch === '\b') return '\\b';
  if (ch === '\f') return '\\f';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// V8's position of the call whose "(" is tokens[open]: the last name of the callee, the key of
// a computed member callee, else the "(" itself.
function v8CallPosition(tokens, open) {
  const previous = tokens[open - 1];
  if (previous.type === 'name') return previous.start;
  if (previous.value === ']' && previous.match !== undefined) return tokens[previous.match + 1].start;
  return tokens[open].start;
}

// Keywords are tokens of their own kind for acorn (node's tokenizer), not names.
const keywords = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for',
  'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'const', 'while', 'with', 'new',
  'this', 'super', 'class', 'extends', 'export', 'import', 'null', 'true', 'false', 'in',
  'instanceof', 'typeof', 'void', 'delete',
]);
const memberAccess = new Set(['.', '?.', '[', ']']);

function isMemberName(token) {
  if (token.type === 'name') return !keywords.has(token.value);
  return token.type === 'string' || token.type === 'number';
}

// The expression at `column` of one source line, as node 24 cuts it.
function expressionAt(line, column) {
  let chainStart = null;
  let previous;
  let end = line.length;
  let depth = 0;
  for (const token of tokenize(line)) {
    if (token.start < column) {
      const punct = token.type === 'punct' ? token.value : null;
      if (punct === ';') {
        chainStart = null;
        continue;
      }
      if (memberAccess.has(punct) && previous?.type === 'name' && !keywords.has(previous.value)) {
        chainStart ??= previous;
      } else if (!memberAccess.has(punct) && !isMemberName(token)) {
        chainStart = null;
      }
      previous = token;
      continue;
    }
    if (token.type !== 'punct') continue;
    if (token.value === '(') {
      depth++;
    } else if (token.value === ')') {
      if (--depth === 0) {
        end = token.end;
        break;
      }
    } else if (token.value === ';') {
      end = token.start;
      break;
    }
  }
  return line.slice(chainStart?.start ?? column, end);
}

function formatCall(source, tokens, open) {
  const position = v8CallPosition(tokens, open);
  const lineStart = source.lastIndexOf('\n', position - 1) + 1;
  let lineEnd = source.indexOf('\n', position);
  if (lineEnd === -1) lineEnd = source.length;
  const line = source.slice(lineStart, lineEnd);
  const text = expressionAt(line, position - lineStart).replace(controlChars, escapeControl);
  return `The expression evaluated to a falsy value:\n\n  ${text}\n`;
}

// The index of the "(" of the call chosen for `offset` (the innermost whose callee ends in one of
// `names`, else the innermost), or -1.
function findCall(tokens, offset, names = assertNames) {
  let best = -1;
  let bestAssert = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.value !== '(' || token.match === undefined || !isCallParen(tokens, i)) continue;
    const start = tokens[calleeStart(tokens, i)].start;
    const end = tokens[token.match].end;
    if (offset < start || offset > end) continue;
    // Later calls that contain the offset are nested inside earlier ones.
    best = i;
    if (names.has(tokens[i - 1].value)) bestAssert = i;
  }
  return bestAssert !== -1 ? bestAssert : best;
}

function isCallParen(tokens, i) {
  const previous = tokens[i - 1];
  if (previous === undefined) return false;
  if (previous.type === 'name') {
    if (nonCallKeywords.has(previous.value)) return false;
    const before = tokens[i - 2];
    return before === undefined || before.value !== 'function';
  }
  return previous.value === ')' || previous.value === ']' || previous.type === 'template';
}

// Index of the first token of the callee of the call whose "(" is tokens[i]: a chain of names,
// dots, indexing and calls, or a parenthesized expression that starts it, as in (0, f)(x).
function calleeStart(tokens, i) {
  let j = i - 1;
  for (;;) {
    const token = tokens[j];
    if ((token.value === ')' || token.value === ']') && token.match !== undefined) {
      j = token.match;
      if (!continuesChain(tokens[j - 1])) return j;
      j -= 1;
      continue;
    }
    const before = tokens[j - 1];
    if (before !== undefined && (before.value === '.' || before.value === '?.') && j >= 2) {
      j -= 2;
      continue;
    }
    return j;
  }
}

// Whether a token before "(" or "[" makes it a call or an index in the same chain.
function continuesChain(token) {
  if (token === undefined) return false;
  if (token.type === 'name') return !nonCallKeywords.has(token.value);
  return token.value === ')' || token.value === ']' || token.type === 'template' || token.type === 'string';
}

// A token list good enough to match brackets: names, punctuation, strings, templates, regular
// expressions and numbers; comments are dropped. Brackets get the index of their partner.
function tokenize(source) {
  const tokens = [];
  const open = [];
  let i = 0;
  const push = (type, value, start) => {
    tokens.push({ type, value, start, end: i });
  };
  while (i < source.length) {
    const ch = source[i];
    const start = i;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i === -1) i = source.length;
    } else if (ch === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2);
      i = i === -1 ? source.length : i + 2;
    } else if (ch === '"' || ch === "'") {
      i = skipQuoted(source, i + 1, ch);
      push('string', ch, start);
    } else if (ch === '`') {
      i = skipTemplate(source, i + 1);
      push('template', '`', start);
    } else if (ch === '/' && regExpAllowed(tokens[tokens.length - 1])) {
      i = skipRegExp(source, i + 1);
      push('regexp', '/', start);
    } else if (identifierChar.test(ch) || ch === '#' || ch === '\\') {
      i++;
      while (i < source.length && identifierChar.test(source[i])) i++;
      push(/[0-9]/.test(ch) ? 'number' : 'name', source.slice(start, i), start);
    } else if (ch === '?' && source[i + 1] === '.' && !/[0-9]/.test(source[i + 2] ?? '')) {
      i += 2;
      push('punct', '?.', start);
    } else if (ch === '.' && /[0-9]/.test(source[i + 1] ?? '')) {
      i++;
      while (i < source.length && identifierChar.test(source[i])) i++;
      push('number', source.slice(start, i), start);
    } else {
      i++;
      push('punct', ch, start);
      if (ch === '(' || ch === '[' || ch === '{') {
        open.push(tokens.length - 1);
      } else if (ch === ')' || ch === ']' || ch === '}') {
        const partner = open.pop();
        if (partner !== undefined) {
          tokens[partner].match = tokens.length - 1;
          tokens[tokens.length - 1].match = partner;
        }
      }
    }
  }
  return tokens;
}

function regExpAllowed(previous) {
  if (previous === undefined) return true;
  if (previous.type === 'name') return regExpKeywords.has(previous.value);
  if (previous.type !== 'punct') return false;
  return previous.value !== ')' && previous.value !== ']' && previous.value !== '}';
}

function skipQuoted(source, i, quote) {
  while (i < source.length && source[i] !== quote && source[i] !== '\n') {
    i += source[i] === '\\' ? 2 : 1;
  }
  return i + 1;
}

// Past the closing backquote, skipping ${...} substitutions (which may hold templates).
function skipTemplate(source, i) {
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      i += 2;
    } else if (ch === '`') {
      return i + 1;
    } else if (ch === '$' && source[i + 1] === '{') {
      i = skipSubstitution(source, i + 2);
    } else {
      i++;
    }
  }
  return i;
}

function skipSubstitution(source, i) {
  let depth = 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{') {
      depth++;
      i++;
    } else if (ch === '}') {
      i++;
      if (--depth === 0) return i;
    } else if (ch === '"' || ch === "'") {
      i = skipQuoted(source, i + 1, ch);
    } else if (ch === '`') {
      i = skipTemplate(source, i + 1);
    } else {
      i++;
    }
  }
  return i;
}

function skipRegExp(source, i) {
  let inClass = false;
  while (i < source.length && source[i] !== '\n') {
    const ch = source[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    i++;
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) break;
  }
  while (i < source.length && identifierChar.test(source[i])) i++;
  return i;
}

// file, line and V8's column of the call above `fn` (node:test's test() / it() / describe()):
// among the calls holding the position QuickJS reports, the innermost whose callee ends in one
// of `names`. A file is tokenized once.
const tokensOfFile = new Map();

function callLocation(fn, names) {
  const sites = callerSites(fn);
  if (sites.length === 0) return undefined;
  const [file, line, column] = siteLocation(sites[0]);
  if (file === undefined || file === null) return undefined;
  try {
    let parsed = tokensOfFile.get(file);
    if (parsed === undefined && file !== '<input>') {
      const source = siteSource(sites);
      parsed = source === undefined ? null : { source, tokens: tokenize(source) };
      tokensOfFile.set(file, parsed);
    }
    if (parsed) {
      const { source, tokens } = parsed;
      const open = findCall(tokens, offsetOf(source, line, column), names);
      if (open !== -1) {
        const position = v8CallPosition(tokens, open);
        const lineStart = source.lastIndexOf('\n', position - 1) + 1;
        let callLine = 1;
        for (let i = source.indexOf('\n'); i !== -1 && i < position; i = source.indexOf('\n', i + 1)) callLine++;
        return { file, line: callLine, column: position - lineStart + 1 };
      }
    }
  } catch {
    // the engine's position, then
  }
  return { file, line, column };
}

module.exports = { falsyExpressionMessage, callLocation };
