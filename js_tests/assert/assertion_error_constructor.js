// new AssertionError(options): message, actual, expected, operator and stackStartFn.
const { AssertionError } = require('assert');
const util = require('util');

const withMessage = new AssertionError({ message: 'custom', actual: 1, expected: 2, operator: 'strictEqual' });
console.log(withMessage.message, withMessage.generatedMessage, withMessage.actual, withMessage.expected, withMessage.operator);
console.log(withMessage.name, withMessage.code, withMessage instanceof Error, withMessage instanceof AssertionError);
console.log(withMessage.toString());
console.log(Object.keys(withMessage));

const generated = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(generated.message), generated.generatedMessage);
console.log(JSON.stringify(new AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' }).message));
console.log(JSON.stringify(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message));
console.log(JSON.stringify(new AssertionError({ actual: 1, expected: 2 }).message));
console.log(JSON.stringify(new AssertionError({ message: 0 }).message));
console.log(JSON.stringify(new AssertionError({}).message));

function outer() {
  return inner();
}
function inner() {
  return new AssertionError({ message: 'm', stackStartFn: inner });
}
const stack = outer().stack.split('\n');
console.log(stack[0]);
console.log(stack[1].trim().startsWith('at outer'));
console.log(new AssertionError({ message: 'no start' }).stack.split('\n')[0]);
console.log(util.inspect(Object.getOwnPropertyDescriptor(withMessage, 'name')));
