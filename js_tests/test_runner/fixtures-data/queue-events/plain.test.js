'use strict';
require('node:test')('only test', () => {});
