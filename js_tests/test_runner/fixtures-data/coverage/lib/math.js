'use strict';
// Some functions run by the tests, some not, some branches taken and some not.
function used(x) {
  if (x > 0) {
    return 'positive';
  } else {
    return 'other';
  }
}

function unused() {
  return 42;
}

const arrow = (a) => a && a.b;

function loop(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += i;
  }
  return total;
}

module.exports = { used, unused, arrow, loop };
