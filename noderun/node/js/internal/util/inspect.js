'use strict';
// util.inspect, util.format and their helpers, printing what node 20 prints.
//
// The layout rules follow node's: entries of a container are formatted first, then joined on one
// line when they fit in `breakLength` (and the container is at most `compact` levels above the
// innermost one), otherwise one entry per line; arrays of more than six short entries are grouped
// into aligned columns. Types are recognised by brand checks (a builtin method that throws on
// anything else), so objects with a changed prototype or a spoofed Symbol.toStringTag print as
// node prints them.
//
// A Proxy is inspected through the host (host.proxyDetails reads its target and handler without
// running a trap): its target, or `Proxy [ target, handler ]` with showProxy, as node does.
// Engine limit: a Map / Set iterator is shown without its remaining entries unless the host
// provides `previewEntries`.

// -- options --------------------------------------------------------------------------------------

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
// A string longer than this may be split at its newlines when it does not fit on the line.
const kMinLineWidth = 16;

// -- colors ---------------------------------------------------------------------------------------

const colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

// Alternative names: non-enumerable accessors that read and write the color they stand for.
const colorAliases = [
  ['gray', ['grey', 'blackBright']],
  ['bgGray', ['bgGrey', 'bgBlackBright']],
  ['dim', ['faint']],
  ['strikethrough', ['crossedout', 'strikeThrough', 'crossedOut']],
  ['hidden', ['conceal']],
  ['inverse', ['swapColors', 'swapcolors']],
  ['doubleunderline', ['doubleUnderline']],
];
for (const [target, aliases] of colorAliases) {
  for (const alias of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
}

const styles = {
  __proto__: null,
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
};

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// -- terminal text ---------------------------------------------------------------------------------

// ANSI escape sequences (CSI and OSC), as node's stripVTControlCharacters removes them.
const ansiRegExp = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiRegExp, '');
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// Columns a string takes in a terminal: wide East Asian characters count two, combining marks none.
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  str = str.normalize('NFC');
  for (const char of str) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// -- brand checks ----------------------------------------------------------------------------------

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dataViewByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().entries());
const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const objectToString = Object.prototype.toString;
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);

// A failed check throws, and building a stack for that error is the expensive part: none is made.
function passes(check, value) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    check.call(value);
    return true;
  } catch {
    return false;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const isTypedArray = (value) => typedArrayTagGetter.call(value) !== undefined;
const isArrayBuffer = (value) => passes(arrayBufferByteLength, value);
const isSharedArrayBuffer = (value) => sharedArrayBufferByteLength !== undefined &&
  passes(sharedArrayBufferByteLength, value);
const isDataView = (value) => passes(dataViewByteLength, value);
const isMap = (value) => passes(mapSize, value);
const isSet = (value) => passes(setSize, value);
const isWeakMap = (value) => passes(WeakMap.prototype.has, value);
const isWeakSet = (value) => passes(WeakSet.prototype.has, value);
const isDate = (value) => passes(Date.prototype.getTime, value);
const isRegExp = (value) => value !== RegExp.prototype && passes(regExpSource, value);
const isPromise = (value) => host.promiseState(value) >= 0;
const isArguments = (value) => objectToString.call(value) === '[object Arguments]';
const isMapIterator = (value) => isPrototypeIn(value, MapIteratorPrototype);
const isSetIterator = (value) => isPrototypeIn(value, SetIteratorPrototype);

function isPrototypeIn(value, proto) {
  try {
    return Object.prototype.isPrototypeOf.call(proto, value);
  } catch {
    return false;
  }
}

function isError(value) {
  return value instanceof Error || objectToString.call(value) === '[object Error]';
}

// ES module namespace objects: null prototype, sealed, a fixed non-enumerable 'Module' tag.
function isModuleNamespaceObject(value) {
  if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const tag = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.enumerable && !tag.writable;
}

const boxedTypes = [
  ['Number', Number.prototype.valueOf],
  ['String', String.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
  ['BigInt', BigInt.prototype.valueOf],
  ['Symbol', Symbol.prototype.valueOf],
];

// [typeName, valueOf] of a boxed primitive, or undefined.
function boxedType(value) {
  for (const entry of boxedTypes) {
    if (passes(entry[1], value)) return entry;
  }
  return undefined;
}

function functionKind(fn) {
  if (isPrototypeIn(fn, AsyncGeneratorFunctionPrototype)) return 'AsyncGeneratorFunction';
  if (isPrototypeIn(fn, GeneratorFunctionPrototype)) return 'GeneratorFunction';
  if (isPrototypeIn(fn, AsyncFunctionPrototype)) return 'AsyncFunction';
  return 'Function';
}

// The global constructors (Object, Map, Error, ...): prototypes whose constructor is one of these
// are builtin, which decides how %s prints an object and which prototype properties showHidden lists.
let builtInObjects;
function isBuiltInName(name) {
  if (builtInObjects === undefined) {
    builtInObjects = new Set(Object.getOwnPropertyNames(globalThis).filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)));
  }
  return builtInObjects.has(name);
}

// Map / Set iterator contents, when the host can read them without advancing the iterator.
function previewEntries(iterator, isKeyValue) {
  if (typeof host.previewEntries === 'function') return host.previewEntries(iterator, isKeyValue);
  return isKeyValue ? [[], false] : [];
}

// -- keys ------------------------------------------------------------------------------------------

const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;

function isArrayIndex(key) {
  return typeof key === 'string' && arrayIndexRegExp.test(key) && Number(key) < 2 ** 32 - 1;
}

// Symbols noderun itself attaches to user objects (e.g. an error's recorded location) are not
// part of the object as node shows it.
function isRuntimeSymbol(key) {
  return typeof key === 'symbol' && key.description !== undefined && key.description.startsWith('noderun.');
}

// Own keys that are not array indices: enumerable ones, or all with showHidden; symbols last.
function getOwnNonIndexProperties(value, showHidden) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isArrayIndex(key) || isRuntimeSymbol(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (const symbol of symbols) {
      if (!isRuntimeSymbol(symbol)) keys.push(symbol);
    }
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // A module namespace whose bindings are not initialized yet.
      keys = Object.getOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

// -- strings and numbers ---------------------------------------------------------------------------

const meta = [];
for (let i = 0; i < 0x20; i++) meta[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
Object.assign(meta, { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' });
for (let i = 0x7f; i <= 0x9f; i++) meta[i] = `\\x${i.toString(16).toUpperCase()}`;

const loneSurrogate = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const escapeWithQuote = new RegExp(`[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${loneSurrogate}`, 'g');
const escapeWithoutQuote = new RegExp(`[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${loneSurrogate}`, 'g');

function escapeChar(char) {
  const code = char.charCodeAt(0);
  return meta[code] ?? `\\u${code.toString(16)}`;
}

// Quote a string as node does: single quotes, unless the text holds one and a double quote (or
// failing that a backtick) avoids escaping it.
function strEscape(str) {
  let quote = "'";
  let escapes = escapeWithQuote;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
    if (quote !== "'") escapes = escapeWithoutQuote;
  }
  escapes.lastIndex = 0;
  return `${quote}${str.replace(escapes, escapeChar)}${quote}`;
}

function escapeText(str) {
  escapeWithQuote.lastIndex = 0;
  return str.replace(escapeWithQuote, escapeChar);
}

// 1234567 -> '1_234_567' (a leading '-' stays in front).
function groupThousands(digits) {
  const start = digits.startsWith('-') ? 1 : 0;
  let result = '';
  let i = digits.length;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return `${digits.slice(0, i)}${result}`;
}

// '1234567' after the decimal point -> '123_456_7'.
function groupFraction(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return `${result}${digits.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  if (integer === number) {
    const text = String(integer);
    if (!Number.isFinite(number) || text.includes('e')) return stylize(text, 'number');
    return stylize(groupThousands(text), 'number');
  }
  if (Number.isNaN(number)) return stylize('NaN', 'number');
  // Split at the decimal point of the shortest round-trip text; exponent forms such as 1e-7 are
  // split the same way node splits them.
  const text = String(number);
  const point = text.indexOf('.');
  return stylize(`${groupThousands(text.slice(0, point))}.${groupFraction(text.slice(point + 1))}`, 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  let text = `${bigint}`;
  if (numericSeparator) text = groupThousands(text);
  return stylize(`${text}n`, 'bigint');
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // A long string with newlines is printed one line per quoted piece, joined by ' +'.
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/)
          .map((line) => stylize(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return stylize(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(`${value}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// -- names and prefixes ----------------------------------------------------------------------------

function isInstanceof(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

// The name of the nearest constructor on the prototype chain; null for a null-prototype object.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj !== null && obj !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  // The chain has no usable constructor: name the object's own kind and show its prototype.
  const own = engineClassName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${own} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${own} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${own} <${protoName}>`;
}

// showHidden on an instance of a user class also lists accessors of its class prototypes.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let seenKeys;
  let keys;
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) seenKeys = new Set();
    else for (const key of keys) seenKeys.add(key);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  }
}

// The class name V8 reports for an object without a constructor: an enumerable string
// Symbol.toStringTag data property on its chain (as an assignment makes), else its basic kind.
function engineClassName(obj) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, Symbol.toStringTag);
    if (desc === undefined) continue;
    if (desc.enumerable && typeof desc.value === 'string' && desc.value !== '') return desc.value;
    break;
  }
  return typeof obj === 'function' ? 'Function' : 'Object';
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && !constructorNamesTag(constructor, tag)) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// A tag the constructor's name already spells is not repeated: `MyMap(1) {}`, `MapOfX(0) {}`,
// but `Mapping(0) [Map] {}`. Node looks at the first occurrence only, and counts it when the
// name ends there or goes on with a capital letter.
function constructorNamesTag(constructor, tag) {
  const at = constructor.indexOf(tag);
  if (at === -1) return false;
  const next = constructor.charCodeAt(at + tag.length);
  return Number.isNaN(next) || (next >= 65 && next <= 90);
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}') && /^class\b/.test(source)) {
    return getClassBase(value, constructor, tag);
  }
  const type = functionKind(value);
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag, [type, valueOf]) {
  if (type === 'String') keys.splice(0, value.length);
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, valueOf.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// -- errors ----------------------------------------------------------------------------------------

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// name / message / stack keys whose text the stack already shows are not repeated.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// The longest run (more than three frames) that `frames` shares with `causeFrames`.
function identicalSequenceRange(frames, causeFrames) {
  for (let i = 0; i < frames.length - 3; i++) {
    const pos = causeFrames.indexOf(frames[i]);
    if (pos !== -1) {
      const rest = causeFrames.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(frames.length - i, rest);
        while (maxLen > len && frames[i + len] === causeFrames[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // a throwing getter: no cause to compare with
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Names the class in the first line when it differs from the error's name (`MyError: msg`).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function markCoreFrames(ctx, line) {
  if (line.includes('(node:') || /^\s+at node:/.test(line)) return ctx.stylize(line, 'undefined');
  return line.replace(/(\/node_modules\/)([^/]+)/g, (m, dir, pkg) => `${dir}${ctx.stylize(pkg, 'module')}`);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain "\n    at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) lines = lines.map((line) => markCoreFrames(ctx, line));
    stack = `${stack.slice(0, stackStart)}\n${lines.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

// -- values ----------------------------------------------------------------------------------------

function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const proxy = host.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];   // the target itself: the handler's traps never run
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    // A prototype's own inspect method is for its instances, not for the prototype itself.
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = maybeCustom.call(value, depth, getUserOptions(ctx), inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// `Proxy [ target, handler ]`, laid out as a two-entry array one level deeper.
function formatProxy(ctx, [target, handler], recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, target, recurseTimes + 1), formatValue(ctx, handler, recurseTimes + 1)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Buffers print as `<Buffer 68 69>` when the buffer module has not given them an inspect method.
// Only the global Buffer's instances count: a user class that happens to be named Buffer does not.
function isBufferLike(value, constructor) {
  if (constructor !== 'Buffer' && constructor !== 'FastBuffer') return false;
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
  const BufferClass = descriptor === undefined ? undefined : globalThis.Buffer;
  return typeof BufferClass === 'function' && isInstanceof(value, BufferClass);
}

function formatBufferFallback(value, ctx) {
  const max = 50;
  const hex = hexBytes(new Uint8Array(value.buffer, value.byteOffset, Math.min(max, value.length)));
  const remaining = value.length - max;
  let str = hex + (remaining > 0 ? ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}` : '');
  const extras = getOwnNonIndexProperties(value, ctx.showHidden);
  if (extras.length !== 0) {
    const obj = { __proto__: null };
    for (const key of extras) obj[key] = value[key];
    if (value.length !== 0) str += ', ';
    str += inspect(obj, { ...getUserOptions(ctx), breakLength: Infinity, compact: true }).slice(27, -2);
  }
  return `<Buffer ${str}>`;
}

function hexBytes(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    out += `${i === 0 ? '' : ' '}${bytes[i] < 16 ? '0' : ''}${bytes[i].toString(16)}`;
  }
  return out;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // An own enumerable tag is printed as a property already.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  const noEntries = () => keys.length === 0 && protoProps === undefined;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noEntries()) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(value, c, r);
      if (size === 0 && noEntries()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(value, c, r);
      if (size === 0 && noEntries()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      if (isBufferLike(value, constructor)) return formatBufferFallback(value, ctx);
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      const fallback = constructor === null ? typedArrayTagGetter.call(value) : '';
      const size = typedArrayLength.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(value, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    let boxed;
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (noEntries()) return ctx.stylize(base, 'special');
    } else if (isOrdinaryInstance(value, constructor)) {
      if (noEntries()) return `${getPrefix(constructor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    } else if (constructor === 'Object') {
      if (isArguments(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (noEntries()) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noEntries() || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(base, 'regexp');
    } else if (isDate(value)) {
      base = Number.isNaN(Date.prototype.getTime.call(value))
        ? Date.prototype.toString.call(value)
        : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noEntries()) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (noEntries()) return base;
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray !== undefined && noEntries()) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      formatter = (c, v, r) => {
        const output = typedArray === undefined ? formatArrayBuffer(c, v) : [];
        output.push(formatInternalSlot(c, 'byteLength', v.byteLength, r));
        return output;
      };
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      formatter = (c, v, r) => ['byteLength', 'byteOffset', 'buffer']
        .map((slot) => formatInternalSlot(c, slot, v[slot], r));
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const namespaceKeys = keys;
      keys = [];
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if ((boxed = boxedType(value)) !== undefined) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, boxed);
      if (noEntries()) return base;
    } else {
      const fallback = constructor === null ? engineClassName(value) : 'Object';
      if (noEntries()) return `${getPrefix(constructor, tag, fallback)}{}`;
      braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    const fallback = constructor === null ? engineClassName(value) : 'Object';
    let constructorName = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Stop descending once a single inspection has produced an enormous amount of text.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflow(err) {
  return err instanceof RangeError && /call stack/i.test(err.message) ||
    (typeof InternalError === 'function' && err instanceof InternalError && /stack/i.test(err.message));
}

// An instance of a user class with no builtin internals and no Symbol.toStringTag: none of the
// brand checks below can match, so they are skipped (they cost a thrown error each).
function isOrdinaryInstance(value, constructor) {
  return constructor !== null && constructor !== 'Object' && !(value instanceof Error) &&
    objectToString.call(value) === '[object Object]' && value[Symbol.toStringTag] === undefined;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// -- entries of containers -------------------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valueLength = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valueLength);
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  const remaining = valueLength - len;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Runs of holes print as `<N empty items>`; each run counts as one entry against maxArrayLength.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexRegExp.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  const elementFormatter = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; i++) output.push(elementFormatter(ctx.stylize, value[i], ctx.numericSeparator));
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`${ctx.stylize(`[${key}]`, 'string')}: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes.subarray(0, Math.min(ctx.maxArrayLength, bytes.length)));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(value, ctx, recurseTimes) {
  const length = setSize.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const item of Set.prototype.values.call(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, item, recurseTimes));
    i++;
  }
  if (length - maxLength > 0) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, recurseTimes) {
  const length = mapSize.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (length - maxLength > 0) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = previewEntries(value, true);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries);
}

function formatSetIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const maxLength = Math.min(maxArrayLength, entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// `entries` alternates keys and values.
function formatMapIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    const pair = [formatValue(ctx, entries[pos], recurseTimes), formatValue(ctx, entries[pos + 1], recurseTimes)];
    output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const state = host.promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, host.promiseResult(value), recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (const key of keys) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, key, kObjectType));
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding still in its temporal dead zone.
      const tmp = { [key]: '' };
      const line = formatProperty(ctx, tmp, recurseTimes, key, kObjectType);
      output.push(`${line.slice(0, line.lastIndexOf(' '))} ${ctx.stylize('<uninitialized>', 'special')}`);
    }
  }
  return output;
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeText(Symbol.prototype.toString.call(key)), 'symbol');
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  // Non-enumerable keys (shown with showHidden) are the usual name in brackets.
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}:${extra}${str}`;
}

// An internal slot shown like a property (ArrayBuffer's byteLength, DataView's buffer, ...):
// its name in brackets, styled as a string.
function formatInternalSlot(ctx, name, slotValue, recurseTimes) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, slotValue, recurseTimes);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${name}]`, 'string')}: ${str}`;
}

// `[Getter]`, or with the getters option the value the getter returns.
function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    else if (typeof tmp === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
    else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, tmp, ctx)}${s(']', 'special')}`;
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    return `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
  }
}

// -- layout ----------------------------------------------------------------------------------------

// Arrays of many short entries are laid out in aligned columns (numbers right-aligned).
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry takes no part in the grouping.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no entry may dwarf the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a square block, characters being 2.5 times as high as wide.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      grouped.push(str);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // Only the innermost `compact` levels may share a line, and only when nothing was grouped.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as fits on each line, the braces hugging the first and last entry.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// -- entry points ----------------------------------------------------------------------------------

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // The old signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Options inspect does not know are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    const { validateObject } = require('internal/validators');
    validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});
Object.defineProperty(inspect, 'colors', {
  get() { return colors; },
  set(value) { Object.assign(colors, value); },
  enumerable: true,
  configurable: true,
});
inspect.styles = Object.assign({ __proto__: null }, styles);

// %s prints objects with a builtin (or no) toString / Symbol.toPrimitive through inspect; a user
// defined one is called.
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function' && typeof value[Symbol.toPrimitive] !== 'function') return true;
  if (hasOwn(value, 'toString') || (hasOwn(value, Symbol.toPrimitive) && typeof value[Symbol.toPrimitive] === 'function')) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString') && !hasOwn(pointer, Symbol.toPrimitive));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(descriptor.value.name);
}

function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    // %s / %d / %i / %f group digits as the options (or inspect's defaults) say
    const separator = inspectOptions?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, separator);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, separator);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, separator);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(arg), separator);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, separator);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), separator);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            tempStr = typeof arg === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, Number.parseFloat(arg), separator);
            break;
          }
          case 99: // 'c': CSS, ignored outside browsers
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  const { validateObject } = require('internal/validators');
  validateObject(inspectOptions, 'inspectOptions', 1 << 1); // arrays allowed
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getOwnNonIndexProperties,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  isMapIterator,
  isSetIterator,
  previewEntries,
  identicalSequenceRange,
};
