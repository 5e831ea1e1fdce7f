'use strict';
const { mock } = require('node:test');
// mocks './dep.cjs' as this file names it (sub/dep.cjs)
exports.mockFromHere = (options) => mock.module('./dep.cjs', options);
