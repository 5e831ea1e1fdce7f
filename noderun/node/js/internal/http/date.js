'use strict';
// The Date header's value, made once a second at most (node's utcDate).

let cached;

function resetCache() {
  cached = undefined;
}

function utcDate() {
  if (cached === undefined) {
    cached = new Date().toUTCString();
    setTimeout(resetCache, 1000 - new Date().getMilliseconds()).unref();
  }
  return cached;
}

module.exports = { utcDate };
