'use strict';
// String.prototype.toLocaleUpperCase / toLocaleLowerCase with locales. As V8: only the first
// requested locale counts, and only Turkish, Azeri, Lithuanian and Greek map case otherwise than
// Unicode's default mapping (the engine's toUpperCase/toLowerCase); those go to ICU.

const { canonicalizeLocaleList } = require('internal/intl/locales');

const kTailoredLanguages = new Set(['tr', 'az', 'lt', 'el']);

function toLocaleCase(text, locales, upper) {
  const requested = canonicalizeLocaleList(locales);
  const language = requested.length === 0 ? undefined : requested[0].split('-')[0];
  if (kTailoredLanguages.has(language)) return host.intlCaseMap(language, upper, text);
  return upper ? text.toUpperCase() : text.toLowerCase();
}

module.exports = { toLocaleCase };
