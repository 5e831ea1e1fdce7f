'use strict';
// The Date header's value, made once a second at most (node's utcDate).

let cached;
let cachedLine;   // the head's line of it: `Date: ${cached}\r\n`

function resetCache() {
  cached = undefined;
}

function utcDate() {
  if (cached === undefined) {
    cached = new Date().toUTCString();
    cachedLine = `Date: ${cached}\r\n`;
    setTimeout(resetCache, 1000 - new Date().getMilliseconds()).unref();
  }
  return cached;
}

function utcDateLine() {
  if (cached === undefined) utcDate();
  return cachedLine;
}

module.exports = { utcDate, utcDateLine };
