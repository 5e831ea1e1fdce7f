'use strict';
// Runs `fn` and prints what the assertion error it throws carries; prints "passed" otherwise.
const util = require('util');

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (err) {
    printError(label, err);
  }
}

function printError(label, err) {
  console.log(`${label}: ${err.name} ${err.code}`);
  console.log(`  message: ${JSON.stringify(err.message)}`);
  if (err.code === 'ERR_ASSERTION') {
    console.log(`  operator: ${util.inspect(err.operator)} generatedMessage: ${err.generatedMessage}`);
    console.log(`  actual: ${describe(err.actual)} expected: ${describe(err.expected)}`);
  }
}

// Errors are shown by class, name and message: their stacks differ between runtimes.
function describe(value) {
  if (value instanceof Error) {
    return `<${value.constructor.name} name=${util.inspect(value.name)} message=${util.inspect(value.message)}>`;
  }
  return util.inspect(value);
}

// The same for an async function or promise-returning call.
async function reportAsync(label, fn) {
  try {
    await fn();
    console.log(`${label}: passed`);
  } catch (err) {
    printError(label, err);
  }
}

module.exports = { report, reportAsync, printError };
