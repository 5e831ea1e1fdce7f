'use strict';
// util.inspect and util.format: node's output for the common cases (primitives, plain objects and
// arrays, class instances, functions and classes, Map, Set, Date, RegExp, errors, boxed values,
// circular references, depth limit, single-line vs multi-line layout at 80 columns).

const kObjectType = 0;
const kArrayType = 1;

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
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const strEscapeSequencesRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f]/;
const meta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
];

function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (!strEscapeSequencesRegExp.test(str) || (quote !== "'" && !/[\x00-\x1f\x5c\x7f-\x9f]/.test(str))) {
    if (!/[\x00-\x1f\x5c\x7f-\x9f]/.test(str)) return `${quote}${str}${quote}`;
  }
  let result = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    const code = str.charCodeAt(i);
    if (ch === quote || ch === '\\') result += `\\${ch}`;
    else if (code < 32) result += meta[code];
    else if (code >= 0x7f && code <= 0x9f) result += `\\x${code.toString(16).toUpperCase()}`;
    else result += ch;
  }
  return `${quote}${result}${quote}`;
}

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function formatPrimitive(value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      return strEscape(value) + trailer;
    }
    case 'number': return formatNumber(value);
    case 'bigint': return `${value}n`;
    case 'boolean': return `${value}`;
    case 'undefined': return 'undefined';
    case 'symbol': return value.toString();
  }
  return String(value);
}

function getConstructorName(obj) {
  let proto = obj;
  while (proto !== null && proto !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value.name;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

function functionBase(value, constructor) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && /^class\s*[\s{]/.test(source.slice(0, 6) + ' ') || /^class\b/.test(source)) {
    let base = `[class ${value.name || '(anonymous)'}`;
    const superName = Object.getPrototypeOf(value)?.name;
    if (superName) base += ` extends ${superName}`;
    return `${base}]`;
  }
  let type = 'Function';
  if (constructor === 'AsyncFunction') type = 'AsyncFunction';
  else if (constructor === 'GeneratorFunction') type = 'GeneratorFunction';
  else if (constructor === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
  let base = `[${type}`;
  base += value.name ? `: ${value.name}` : ' (anonymous)';
  base += ']';
  if (constructor !== type && constructor !== null && constructor !== 'Function') base += ` ${constructor}`;
  if (constructor === null) base += ' (null prototype)';
  return base;
}

function formatError(err) {
  const stack = err.stack ? String(err.stack) : Error.prototype.toString.call(err);
  return stack;
}

function formatKey(key) {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  if (keyStrRegExp.test(key)) return key;
  return strEscape(key);
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, recurseTimes) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      if (ctx.currentDepth - recurseTimes < ctx.compact) {
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
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ` + braces[1];
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value, ctx);
  if (value === null) return 'null';

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = maybeCustom.call(value, depth, { ...ctx, stylize: (s) => s }, inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes);
}

function formatRaw(ctx, value, recurseTimes) {
  const constructor = getConstructorName(value);
  let keys = Object.keys(value);
  let braces;
  let base = '';
  let formatter = formatObjectEntries;
  let noIterator = true;
  const prefix = (fallback, size = '') =>
    constructor === null ? `[${fallback}${size}: null prototype] ` : (constructor !== fallback ? `${constructor}${size} [${fallback}] ` : `${fallback}${size} `);

  if (Array.isArray(value)) {
    const p = constructor !== 'Array' ? prefix('Array', `(${value.length})`) : '';
    keys = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k) || Number(k) >= value.length);
    braces = [`${p}[`, ']'];
    formatter = formatArray;
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
  } else if (value instanceof Map) {
    braces = [`${prefix('Map', `(${value.size})`)}{`, '}'];
    formatter = formatMap;
    if (value.size === 0 && keys.length === 0) return `${braces[0]}}`;
  } else if (value instanceof Set) {
    braces = [`${prefix('Set', `(${value.size})`)}{`, '}'];
    formatter = formatSet;
    if (value.size === 0 && keys.length === 0) return `${braces[0]}}`;
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = constructor ?? value[Symbol.toStringTag];
    braces = [`${name}(${value.length}) [`, ']'];
    formatter = formatTypedArray;
    keys = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
  } else {
    noIterator = false;
  }

  if (!noIterator) {
    if (typeof value === 'function') {
      base = functionBase(value, constructor);
      if (keys.length === 0) return base;
      braces = ['{', '}'];
    } else if (value instanceof RegExp) {
      base = RegExp.prototype.toString.call(value);
      if (keys.length === 0) return base;
      braces = ['{', '}'];
    } else if (value instanceof Date) {
      base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      if (keys.length === 0) return base;
      braces = ['{', '}'];
    } else if (value instanceof Error) {
      base = formatError(value);
      keys = keys.filter((k) => k !== 'stack' && k !== 'message');
      if (keys.length === 0) return base;
      braces = ['{', '}'];
    } else if (value instanceof Promise) {
      braces = [`${prefix('Promise')}{`, '}'];
      formatter = formatPromise;
    } else if (value instanceof WeakMap || value instanceof WeakSet) {
      const name = value instanceof WeakMap ? 'WeakMap' : 'WeakSet';
      return `${prefix(name).trimEnd()} { <items unknown> }`;
    } else if (value instanceof Number || value instanceof String || value instanceof Boolean ||
               value instanceof BigInt || value instanceof Symbol) {
      const primitive = value.valueOf();
      const type = typeof primitive === 'bigint' ? 'BigInt' : typeof primitive === 'symbol' ? 'Symbol'
        : primitive.constructor.name;
      base = `[${type}: ${formatPrimitive(primitive, ctx)}]`;
      if (value instanceof String) keys = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
      if (keys.length === 0) return base;
      braces = ['{', '}'];
    } else if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      const name = value instanceof ArrayBuffer ? 'ArrayBuffer' : 'SharedArrayBuffer';
      braces = [`${name} {`, '}'];
      formatter = formatArrayBuffer;
    } else {
      const tag = value[Symbol.toStringTag];
      if (constructor === 'Object') {
        braces = typeof tag === 'string' && tag !== '' ? [`Object [${tag}] {`, '}'] : ['{', '}'];
        if (keys.length === 0 && braces[0] === '{') return '{}';
      } else if (constructor === null) {
        braces = ['[Object: null prototype] {', '}'];
        if (keys.length === 0) return '[Object: null prototype] {}';
      } else {
        braces = [`${constructor}${typeof tag === 'string' && tag !== '' && tag !== constructor ? ` [${tag}]` : ''} {`, '}'];
        if (keys.length === 0) return `${braces[0]}}`;
      }
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    const name = (constructor || 'Object');
    return Array.isArray(value) ? '[Array]' : `[${name}]`;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key));
  } finally {
    ctx.seen.pop();
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = `<ref *${index}>`;
      if (base === '') braces[0] = `${reference} ${braces[0]}`;
      else base = `${reference} ${base}`;
    }
  }
  return reduceToSingleString(ctx, output, base, braces, recurseTimes);
}

function formatProperty(ctx, value, recurseTimes, key) {
  const desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  let str;
  if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else {
    str = desc.set !== undefined ? '[Setter]' : 'undefined';
  }
  return `${formatKey(key)}: ${str}`;
}

function formatObjectEntries() {
  return [];
}

function formatArray(ctx, value, recurseTimes) {
  const output = [];
  const len = Math.min(value.length, ctx.maxArrayLength);
  let holes = 0;
  const flushHoles = () => {
    if (holes > 0) {
      output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
      holes = 0;
    }
  };
  for (let i = 0; i < len; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      holes++;
      continue;
    }
    flushHoles();
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, value[i], recurseTimes));
    ctx.indentationLvl -= 2;
  }
  flushHoles();
  if (value.length > len) {
    const remaining = value.length - len;
    output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  }
  return output;
}

function formatTypedArray(ctx, value) {
  const output = [];
  const len = Math.min(value.length, ctx.maxArrayLength);
  for (let i = 0; i < len; i++) output.push(typeof value[i] === 'bigint' ? `${value[i]}n` : formatNumber(value[i]));
  if (value.length > len) output.push(`... ${value.length - len} more item${value.length - len > 1 ? 's' : ''}`);
  return output;
}

function formatArrayBuffer(ctx, value) {
  const bytes = new Uint8Array(value);
  let hex = Array.from(bytes.slice(0, Math.min(ctx.maxArrayLength, bytes.length)),
    (b) => b.toString(16).padStart(2, '0')).join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`[Uint8Contents]: <${hex}>`, `byteLength: ${value.byteLength}`];
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const [k, v] of value) {
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const v of value) output.push(formatValue(ctx, v, recurseTimes));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const state = host.promiseState(value);
  if (state === 0) return ['<pending>'];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, host.promiseResult(value), recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `<rejected> ${str}` : str];
}

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    ...inspectDefaultOptions,
  };
  if (arguments.length > 1 && typeof opts === 'object' && opts !== null) {
    for (const key of Object.keys(opts)) {
      if (key in inspectDefaultOptions || key === 'stylize') ctx[key] = opts[key];
    }
  } else if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  }
  if (ctx.depth === Infinity) ctx.depth = null;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) { Object.assign(inspectDefaultOptions, options); },
});

function formatWithOptions(inspectOptions, ...args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') tempStr = formatNumber(tempArg);
              else if (typeof tempArg === 'bigint') tempStr = `${tempArg}n`;
              else if (typeof tempArg !== 'object' || tempArg === null) tempStr = String(tempArg);
              else tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // 'j'
              try { tempStr = JSON.stringify(args[++a]); } catch { tempStr = '[Circular]'; }
              break;
            case 100: { // 'd'
              const n = args[++a];
              tempStr = typeof n === 'bigint' ? `${n}n` : typeof n === 'symbol' ? 'NaN' : formatNumber(Number(n));
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: { // 'i'
              const n = args[++a];
              tempStr = typeof n === 'bigint' ? `${n}n` : typeof n === 'symbol' ? 'NaN' : formatNumber(Number.parseInt(n));
              break;
            }
            case 102: { // 'f'
              const n = args[++a];
              tempStr = typeof n === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(n));
              break;
            }
            case 99: // 'c'
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
  return formatWithOptions(undefined, ...args);
}

module.exports = { inspect, format, formatWithOptions, inspectDefaultOptions };
