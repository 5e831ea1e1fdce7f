const { getCallSites } = require('util');
exports.sitesFromHere = function sitesFromHere() { return getCallSites(2); };
