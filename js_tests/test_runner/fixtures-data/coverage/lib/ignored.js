'use strict';
// node:coverage comments leave lines out of the report.
function check(flag) {
  /* node:coverage ignore next */
  if (flag) return 'never';
  /* node:coverage ignore next 3 */
  if (flag === 2) {
    return 'not either';
  }
  return 'ok';
}

/* node:coverage disable */
function notCounted() {
  return 0;
}
/* node:coverage enable */

function counted() {
  return 1;
}

module.exports = { check, notCounted, counted };
