'use strict';
// A fast path for the most common format, a plain decimal number (toLocaleString() without
// options, NumberFormat with fraction digits at most): written here from the symbols the
// formatter's own ICU output shows (digits, separators, sign affixes, group sizes), with no host
// call per number. ICU rounds a double from its shortest decimal form, which is String(x)'s, so
// the same digits come out; before a formatter uses this path its output is compared with ICU's
// on a set of awkward numbers, and any difference keeps that formatter on the host.
//
// A formatter earns the path after kWarmUp formats (a one-off format pays no set-up), counted per
// host formatter id, so that toLocaleString(locale, options) calls, each a new NumberFormat over
// the same id, share it.

const kWarmUp = 32;
const kProbes = [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 1.0005, 2.675, 0.1 + 0.2, 9.9995, 999.9995, -999.9995,
  0.0001, -0.0001, 0.000001, 1e-6 * 1.5, 12, 123, 1234, 12345, 123456, 1234567, 12345678, 123456789, 1234567.891,
  -1234567.891, 98765.4321, 1e15, 2 ** 53, 2 ** 53 + 2, 123456789012345680000, 0.30000000000000004, 4.35, 1.45,
  1e20, 5e-7 * 3];

const states = [];   // per host formatter id: a count while warming up, then the function or null

// Whether formats with these resolved options are plain decimals this path writes.
function qualifies(resolved) {
  return resolved.style === 'decimal' && resolved.notation === 'standard' && resolved.signDisplay === 'auto' &&
    resolved.roundingIncrement === 1 && resolved.roundingMode === 'halfExpand' && resolved.roundingPriority === 'auto' &&
    resolved.minimumSignificantDigits === undefined && resolved.trailingZeroDisplay === 'auto' &&
    resolved.minimumIntegerDigits === 1 && resolved.maximumFractionDigits !== undefined;
}

// The format function of formatter `id` for a number, or undefined while it has none (yet).
function fastFormat(id, resolved) {
  const state = states[id];
  if (typeof state === 'function' || state === null) return state ?? undefined;
  const count = (state ?? 0) + 1;
  if (count < kWarmUp) {
    states[id] = count;
    return undefined;
  }
  states[id] = qualifies(resolved) ? build(id, resolved) : null;
  return states[id] ?? undefined;
}

function build(id, resolved) {
  const min = resolved.minimumFractionDigits;
  const max = resolved.maximumFractionDigits;
  const symbols = host.intlNumberSymbols(id, resolved.numberingSystem, min, max);
  if (symbols == null) return null;
  const [digits, decimal, group, positivePrefix, positiveSuffix, negativePrefix, negativeSuffix, primary, secondary,
    minimumGrouping] = symbols;
  const latin = digits.join('') === '0123456789';
  const zeros = '0'.repeat(min);

  function format(x) {
    const magnitude = x < 0 ? -x : x;
    if (!(magnitude < 1e21) || (magnitude < 1e-6 && magnitude !== 0) || (x === 0 && 1 / x < 0)) return undefined;
    const shortest = '' + magnitude;
    const point = shortest.indexOf('.');
    let text;
    if (point < 0) {
      text = grouped(shortest);
      if (min > 0) text += decimal + zeros;
    } else {
      let integer = shortest.slice(0, point);
      let fraction = shortest.slice(point + 1);
      if (fraction.length > max) {
        const up = fraction.charCodeAt(max) >= 53;   // '5': half away from zero
        fraction = fraction.slice(0, max);
        if (up) [integer, fraction] = increment(integer, fraction);
      }
      let end = fraction.length;
      while (end > min && fraction.charCodeAt(end - 1) === 48) end--;
      if (end < fraction.length) fraction = fraction.slice(0, end);
      if (fraction.length < min) fraction += zeros.slice(fraction.length);
      text = fraction ? grouped(integer) + decimal + fraction : grouped(integer);
    }
    if (!latin) text = text.replace(/[0-9]/g, (d) => digits[d]);
    return x < 0 ? negativePrefix + text + negativeSuffix : positivePrefix + text + positiveSuffix;
  }

  // The integer's digits with group separators: the last group of `primary` digits, the others of
  // `secondary`, none below primary + minimumGrouping digits.
  function grouped(integer) {
    const length = integer.length;
    if (primary === 0 || length - primary < minimumGrouping) return integer;
    const rest = length - primary;
    const head = rest % secondary || secondary;
    let text = integer.slice(0, head);
    for (let i = head; i < rest; i += secondary) text += group + integer.slice(i, i + secondary);
    return text + group + integer.slice(rest);
  }

  for (const probe of kProbes) {
    if (format(probe) !== undefined && format(probe) !== host.intlFormatNumberWith(id, probe)) return null;
  }
  return format;
}

// integer.fraction plus one unit in the last place, as decimal strings.
function increment(integer, fraction) {
  const digits = (integer + fraction).split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i < 0) digits.unshift('1');
  else digits[i] = String.fromCharCode(digits[i].charCodeAt(0) + 1);
  const split = digits.length - fraction.length;
  return [digits.slice(0, split).join(''), digits.slice(split).join('')];
}

module.exports = { fastFormat };
