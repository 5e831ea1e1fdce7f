'use strict';
// node:cluster. A process started by cluster.fork() has NODE_UNIQUE_ID in its environment (the
// bootstrap sets the worker up before the main script and then removes the variable); every
// other process is a primary.

module.exports = require(Object.hasOwn(process.env, 'NODE_UNIQUE_ID') ? 'internal/cluster/child' : 'internal/cluster/primary');
