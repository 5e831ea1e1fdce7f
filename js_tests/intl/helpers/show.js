'use strict';
// A fixture's view of one call: its value as JSON ('undefined' for none), or the error it threw.
module.exports = function show(f) {
  try {
    const value = f();
    return value === undefined ? 'undefined' : JSON.stringify(value);
  } catch (error) {
    return `${error.name}: ${error.message}`;
  }
};
