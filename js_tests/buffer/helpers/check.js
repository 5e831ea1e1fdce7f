'use strict';
// t(label, fn): prints fn()'s result, or the error it throws (name, code, message).
function t(label, fn) {
  try {
    const value = fn();
    console.log(label, '->', value);
  } catch (err) {
    console.log(label, 'THROWS', err.name, err.code, err.message);
  }
}

module.exports = { t };
