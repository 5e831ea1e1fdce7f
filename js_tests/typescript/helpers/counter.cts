interface Counter { count: number; bump(): number }
const counter: Counter = {
  count: 0,
  bump(this: Counter): number { return ++this.count; },
};
module.exports = counter;
module.exports.label = 'counter' as string;
