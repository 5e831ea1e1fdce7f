'use strict';
// http.createServer's options: node's checks and errors, and the defaults a server gets.
const http = require('http');
for (const o of [{ requestTimeout: -1 }, { headersTimeout: 'x' }, { headersTimeout: 500, requestTimeout: 100 }, { keepAliveTimeout: 1.5 }, { requireHostHeader: 1 }, { shouldUpgradeCallback: 5 }, { maxHeaderSize: -3 }, { insecureHTTPParser: 'y' }, { joinDuplicateHeaders: 0 }, { optimizeEmptyRequests: null }]) {
  try { const s = http.createServer(o); console.log('ok', s.requestTimeout, s.headersTimeout, s.keepAliveTimeout, s.maxHeaderSize); } catch (e) { console.log(e.name, e.code, e.message); }
}
const s = http.createServer(); console.log(s.requestTimeout, s.headersTimeout, s.keepAliveTimeout, s.connectionsCheckingInterval, s.requireHostHeader, s.joinDuplicateHeaders, s.optimizeEmptyRequests, typeof s.shouldUpgradeCallback, s.rejectNonStandardBodyWrites, s.maxHeaderSize, s.insecureHTTPParser);
