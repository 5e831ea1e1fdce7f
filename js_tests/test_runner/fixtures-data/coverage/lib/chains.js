'use strict';
// Optional chains (each `?.` link a block V8 counts), a conditional over several lines, and
// anonymous functions (lcov names them after their place).
function read(value) {
  const first = value?.list[0];
  const named = value?.['name'];
  const called = value?.fn(1);
  const deep = value?.inner?.deeper;
  const size = value ?
    'some' :
    'none';
  return [first, named, called, deep, size];
}

module.exports = {
  read,
  handlers: [() => 1, function () { return 2; }],
};
