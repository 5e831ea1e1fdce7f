'use strict';
// Glob patterns as node reads them (node bundles minimatch with windowsPathsNoEscape, nonegate,
// nocomment and optimizationLevel 2): braces ({a,b}, {1..3}, {a..c}), then one part per path
// segment: `**` (GLOBSTAR), a plain string, or a RegExp for a segment with *, ?, [...] or an
// extglob (@(a|b), *(..), +(..), ?(..), !(..)). A backslash is a path separator, never an escape.
// A segment starting with '.' is matched only by a pattern segment that starts with '.', and `**`
// never enters one. path.matchesGlob and fs.glob both use this file.

const GLOBSTAR = Symbol('globstar **');

// -- braces ------------------------------------------------------------------------------------

// The first '{' and its matching '}' (nesting counted); null when there is none.
function balancedBraces(text) {
  const open = text.indexOf('{');
  if (open === -1) return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      return { pre: text.slice(0, open), body: text.slice(open + 1, i), post: text.slice(i + 1) };
    }
  }
  return null;
}

// The body's comma-separated parts at nesting depth 0.
function commaParts(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const numericSequence = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/;
const alphaSequence = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/;

function sequence(body) {
  let match = numericSequence.exec(body);
  const alpha = !match && alphaSequence.exec(body);
  if (!match && !alpha) return null;
  match ||= alpha;
  const from = alpha ? match[1].charCodeAt(0) : Number(match[1]);
  const to = alpha ? match[2].charCodeAt(0) : Number(match[2]);
  const step = Math.max(Math.abs(Number(match[3] ?? 1)), 1);
  const padded = !alpha && [match[1], match[2]].some((n) => /^-?0\d/.test(n));
  const width = padded ? Math.max(match[1].length, match[2].length) : 0;
  const out = [];
  const down = to < from;
  for (let n = from; down ? n >= to : n <= to; n += down ? -step : step) {
    if (alpha) {
      const ch = String.fromCharCode(n);
      out.push(ch === '\\' ? '' : ch);
    } else {
      let text = `${Math.abs(n)}`;
      if (text.length < width - (n < 0 ? 1 : 0)) text = '0'.repeat(width - (n < 0 ? 1 : 0) - text.length) + text;
      out.push(n < 0 ? `-${text}` : text);
    }
  }
  return out;
}

function expand(text, isTop) {
  const braces = balancedBraces(text);
  if (braces === null) return [text];
  const { pre, body, post } = braces;
  const values = sequence(body);
  const isOptions = values === null && /^(?:.*,)+(?:.+)?$/s.test(body);
  if (values === null && !isOptions) {
    // {a},b}: the '}' was not the group's end; otherwise the braces are literal
    if (/,(?!,).*\}/.test(post)) return expand(`${pre}{${body}\u0000${post}`, isTop).map((s) => s.replace('\u0000', '}'));
    return [text];
  }
  const middles = values ?? commaParts(body).flatMap((part) => expand(part, false));
  const tails = post.length ? expand(post, false) : [''];
  const out = [];
  for (const middle of middles) {
    for (const tail of tails) {
      const expansion = pre + middle + tail;
      if (!isTop || values !== null || expansion) out.push(expansion);
    }
  }
  return out;
}

function braceExpand(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  if (pattern.startsWith('{}')) {   // a leading {} is literal
    return expand(`\u0001${pattern.slice(2)}`, true).map((s) => s.replace('\u0001', '{}'));
  }
  return expand(pattern, true);
}

// -- optimisation of the parts (minimatch's optimizationLevel 2) -------------------------------

function dropEmptyAndDot(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i];
    if (i === 1 && part === '' && parts[0] === '') continue;   // keep a leading //
    if (part === '.' || part === '') {
      parts.splice(i--, 1);
      changed = true;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    parts.pop();
    changed = true;
  }
  return changed;
}

// x/../ -> nothing (x a plain name, not '.', '..' or '**')
function foldParents(parts, keepDotBeforeGlobstar) {
  let changed = false;
  let at = 0;
  while ((at = parts.indexOf('..', at + 1)) !== -1) {
    const before = parts[at - 1];
    if (before && before !== '.' && before !== '..' && before !== '**') {
      const needDot = keepDotBeforeGlobstar && at === 1 && parts[at + 1] === '**';
      parts.splice(at - 1, 2, ...(needDot ? ['.'] : []));
      if (parts.length === 0) parts.push('');
      at -= 2;
      changed = true;
    }
  }
  return changed;
}

function optimizeFile(parts) {
  let changed;
  do {
    changed = dropEmptyAndDot(parts);
    changed = foldParents(parts, false) || changed;
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

function optimizePatterns(all) {
  let changed;
  do {
    changed = false;
    for (const parts of all) {
      let at = -1;
      while ((at = parts.indexOf('**', at + 1)) !== -1) {
        let end = at;
        while (parts[end + 1] === '**') end++;   // **/** -> **
        if (end > at) parts.splice(at + 1, end - at);
        const [next, p, p2] = [parts[at + 1], parts[at + 2], parts[at + 3]];
        if (next !== '..' || !p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') continue;
        // **/../p/q -> both ../p/q and **/p/q
        changed = true;
        parts.splice(at, 1);
        const other = parts.slice();
        other[at] = '**';
        all.push(other);
        at--;
      }
      changed = dropEmptyAndDot(parts) || changed;
      changed = foldParents(parts, true) || changed;
    }
  } while (changed);
  // two alternatives that one pattern covers become that one
  for (let i = 0; i < all.length - 1; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const merged = mergeParts(all[i], all[j]);
      if (merged) {
        all[i] = [];
        all[j] = merged;
        break;
      }
    }
  }
  return all.filter((parts) => parts.length);
}

function mergeParts(a, b) {
  let ai = 0;
  let bi = 0;
  const result = [];
  let which = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      result.push(which === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      result.push(a[ai++]);
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      result.push(b[bi++]);
    } else if (a[ai] === '*' && b[bi] && !b[bi].startsWith('.') && b[bi] !== '**') {
      if (which === 'b') return false;
      which = 'a';
      result.push(a[ai++]);
      bi++;
    } else if (b[bi] === '*' && a[ai] && !a[ai].startsWith('.') && a[ai] !== '**') {
      if (which === 'a') return false;
      which = 'b';
      result.push(b[bi++]);
      ai++;
    } else {
      return false;
    }
  }
  return a.length === b.length && result;
}

// -- one segment -> string or RegExp --------------------------------------------------------------

const posixClasses = {
  __proto__: null,
  alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f', blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}', lower: '\\p{Ll}', print: '\\p{C}',
  punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f', upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  xdigit: 'A-Fa-f0-9',
};
const negatedPosixClasses = new Set(['graph', 'print']);

// only the characters with a meaning in a pattern: in a 'u' RegExp any other escape is an error (\-)
const escapeRegExp = (text) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

// [...] at `start`: [regexp source, index after it] or null when it does not close.
function parseClass(glob, start) {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i++;
  }
  const ranges = [];
  const negatedRanges = [];
  let first = true;
  let rangeStart = '';
  for (; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === ']' && !first) {
      if (rangeStart) ranges.push(escapeClassChar(rangeStart));
      if (ranges.length === 0 && negatedRanges.length === 0) return null;
      let source;
      if (negatedRanges.length === 0) source = `[${negate ? '^' : ''}${ranges.join('')}]`;
      else if (ranges.length === 0) source = `[${negate ? '' : '^'}${negatedRanges.join('')}]`;
      else source = `(?:[${negate ? '^' : ''}${ranges.join('')}]|[^${negatedRanges.join('')}])`;
      return [source, i + 1, true];
    }
    first = false;
    if (ch === '[' && glob[i + 1] === ':') {
      const close = glob.indexOf(':]', i + 2);
      const name = close === -1 ? '' : glob.slice(i + 2, close);
      if (name in posixClasses) {
        if (rangeStart) ranges.push(escapeClassChar(rangeStart));
        rangeStart = '';
        (negatedPosixClasses.has(name) ? negatedRanges : ranges).push(posixClasses[name]);
        i = close + 1;
        continue;
      }
    }
    if (ch === '-' && rangeStart && glob[i + 1] !== ']' && i + 1 < glob.length) {
      const end = glob[i + 1];
      if (end >= rangeStart) ranges.push(`${escapeClassChar(rangeStart)}-${escapeClassChar(end)}`);
      rangeStart = '';
      i++;
      continue;
    }
    if (rangeStart) ranges.push(escapeClassChar(rangeStart));
    rangeStart = ch;
  }
  return null;
}

const escapeClassChar = (ch) => ch.replace(/[\]\\^-]/g, '\\$&');

// A segment -> a list of nodes: {type: 'text', value} | {type: 'star'} | {type: 'qmark'} |
// {type: 'class', source} | {type: 'ext', kind, alternatives: [nodes...]}. Parsing stops at `stop`
// characters (for an extglob body: '|' and ')'), returning [nodes, index].
function parseNodes(glob, start, inExt) {
  const nodes = [];
  let i = start;
  while (i < glob.length) {
    const ch = glob[i];
    if (inExt && (ch === '|' || ch === ')')) return [nodes, i];
    if ('!?+*@'.includes(ch) && glob[i + 1] === '(') {
      const ext = parseExt(glob, i + 2);
      if (ext !== null) {
        nodes.push({ type: 'ext', kind: ch, alternatives: ext[0] });
        i = ext[1];
        continue;
      }
    }
    if (ch === '*') {
      if (nodes.at(-1)?.type !== 'star') nodes.push({ type: 'star' });
      i++;
    } else if (ch === '?') {
      nodes.push({ type: 'qmark' });
      i++;
    } else if (ch === '[') {
      const parsed = parseClass(glob, i);
      if (parsed === null) {
        nodes.push({ type: 'text', value: ch });
        i++;
      } else {
        nodes.push({ type: 'class', source: parsed[0] });
        i = parsed[1];
      }
    } else {
      nodes.push({ type: 'text', value: ch });
      i++;
    }
  }
  return [nodes, inExt ? -1 : i];
}

// the alternatives of an extglob whose body starts at `start`; null when its ')' is missing
function parseExt(glob, start) {
  const alternatives = [];
  let i = start;
  for (;;) {
    const [nodes, end] = parseNodes(glob, i, true);
    if (end === -1) return null;
    alternatives.push(nodes);
    if (glob[end] === ')') return [alternatives, end + 1];
    i = end + 1;
  }
}

function startsWithDot(nodes) {
  const first = nodes[0];
  if (first?.type === 'text') return first.value === '.';
  return first?.type === 'ext' && first.alternatives.some(startsWithDot);
}

function isMagic(nodes) {
  return nodes.some((node) => node.type !== 'text');
}

function nodesSource(nodes, rest) {
  let source = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    switch (node.type) {
      case 'text': source += escapeRegExp(node.value); break;
      case 'star': source += '[^/]*?'; break;
      case 'qmark': source += '[^/]'; break;
      case 'class': source += node.source; break;
      case 'ext': {
        const after = nodesSource(nodes.slice(i + 1), rest) + rest;
        const body = node.alternatives.map((alt) => nodesSource(alt, '')).join('|');
        if (node.kind === '!') source += `(?:(?!(?:${body})${after})[^/]*?)`;
        else source += `(?:${body})${{ '@': '', '*': '*', '+': '+', '?': '?' }[node.kind]}`;
        break;
      }
    }
  }
  return source;
}

// a segment of a pattern -> GLOBSTAR, a string (no magic), or a RegExp
function compileSegment(segment, nocase) {
  if (segment === '**') return GLOBSTAR;
  if (segment === '') return '';
  const [nodes] = parseNodes(segment, 0, false);
  if (!isMagic(nodes)) return nodes.map((node) => node.value).join('');
  // no match of a dot file (or of . and ..) unless the pattern itself starts with '.'
  const guard = startsWithDot(nodes) ? '(?!\\.{1,2}$)' : '(?!\\.)';
  const nonEmpty = nodes[0].type === 'star' ? '(?=.)' : '';   // `*` alone matches no empty name
  const regexp = new RegExp(`^${guard}${nonEmpty}${nodesSource(nodes, '$')}$`, nocase ? 'iu' : 'u');
  regexp._glob = segment;
  return regexp;
}

// -- the matcher -----------------------------------------------------------------------------

class GlobMatcher {
  constructor(pattern, { nocase = false, windows = false } = {}) {
    this.windows = windows;
    this.empty = pattern === '';
    pattern = pattern.replace(/\\/g, '/');
    const parts = [...new Set(braceExpand(pattern))].map((one) => one.split(/\/+/));
    this.globParts = optimizePatterns(parts);
    this.set = this.globParts.map((one) => one.map((segment) => compileSegment(segment, nocase)));
  }

  match(path) {
    if (this.empty) return path === '';
    let names;
    if (this.windows) {
      path = path.replace(/\\/g, '/');
      names = /^\/\/[^/]+/.test(path) ? ['', ...path.split(/\/+/)] : path.split(/\/+/);   // //host/share
    } else {
      names = path.split(/\/+/);
    }
    const file = optimizeFile(names);
    return this.set.some((parts) => matchParts(file, 0, parts, 0));
  }
}

function testPart(part, name) {
  return part === GLOBSTAR || (typeof part === 'string' ? part === name : part.test(name));
}

const isHidden = (name) => name === '.' || name === '..' || name[0] === '.';

function matchParts(file, fi, parts, pi) {
  for (; fi < file.length && pi < parts.length; fi++, pi++) {
    const part = parts[pi];
    if (part === GLOBSTAR) {
      if (pi + 1 === parts.length) {   // a last ** takes the rest, hidden names excepted
        for (; fi < file.length; fi++) if (isHidden(file[fi])) return false;
        return true;
      }
      for (let from = fi; from < file.length; from++) {
        if (matchParts(file, from, parts, pi + 1)) return true;
        if (isHidden(file[from])) break;
      }
      return false;
    }
    if (!testPart(part, file[fi])) return false;
  }
  if (fi === file.length && pi === parts.length) return true;
  if (fi === file.length) return false;
  return fi === file.length - 1 && file[fi] === '';   // a trailing slash
}

module.exports = { GLOBSTAR, GlobMatcher, testPart, braceExpand };
