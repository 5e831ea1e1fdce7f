// util.inspect.custom: arguments, return values, nesting and indentation.
const util = require('util');
const { inspect } = util;
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Money {
  constructor(v) { this.v = v; }
  [inspect.custom](depth, options, insp) {
    return `Money<${options.stylize(this.v, 'number')}> depth=${depth} same=${insp === inspect}`;
  }
}
console.log(new Money(5), [new Money(6)], { a: { b: new Money(7) } });
console.log(inspect(new Money(8), { depth: 5 }), inspect(new Money(9), { colors: true }).length);
const returnsObject = { [inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(returnsObject, { inner: returnsObject });
const returnsSelf = { x: 1, [inspect.custom]() { return this; } };
console.log(returnsSelf);
const multiline = { [inspect.custom]() { return 'line1\nline2'; } };
console.log({ key: multiline, arr: [multiline] });
const usesInspect = {
  data: { deep: { deeper: { deepest: 1 } } },
  [inspect.custom](depth, options, insp) {
    return `Wrapper ${insp(this.data, { ...options, depth: options.depth === null ? null : depth - 1 })}`;
  },
};
console.log(usesInspect);
console.log({ level: { level: usesInspect } });
const optionsSeen = { [inspect.custom](depth, options) { return Object.keys(options).join(','); } };
console.log(inspect(optionsSeen));
console.log(inspect(optionsSeen, { extra: 1, depth: 4 }));
const optionValues = { [inspect.custom](depth, o) { return JSON.stringify([depth, o.depth, o.breakLength, o.compact, o.showHidden, o.colors, o.extra]); } };
console.log(inspect(optionValues, { extra: 'x', depth: 7 }), inspect({ a: { b: optionValues } }));
const proto = { [inspect.custom]() { return 'FROM PROTO'; } };
const child = Object.create(proto);
console.log(child, proto);
class WithProtoCustom { [inspect.custom]() { return 'instance'; } }
console.log(new WithProtoCustom(), WithProtoCustom.prototype);
const returnsNumber = { [inspect.custom]() { return 42; } };
const returnsUndefined = { [inspect.custom]() { return undefined; } };
console.log(returnsNumber, returnsUndefined, [returnsNumber]);
const notFunction = { [inspect.custom]: 'nope', y: 1 };
console.log(notFunction);
console.log(util.format('%s %o %O', returnsNumber, returnsNumber, returnsNumber));
const throwing = { [inspect.custom]() { throw new Error('custom threw'); } };
try { inspect(throwing); } catch (err) { console.log('caught', err.message); }
const legacy = { inspect() { return 'old-style inspect is ignored'; } };
console.log(legacy);
console.log(inspect(new Money(1), { customInspect: false }));
