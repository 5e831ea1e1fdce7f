'use strict';
// node:dns/promises: the same surface as node:dns (constants work, lookups are not implemented).

module.exports = require('dns').common('dnsPromises.');
