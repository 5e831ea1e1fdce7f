'use strict';
// without NODE_DEBUG every section is disabled and its logger does nothing
const util = require('util');

const log = util.debuglog('quiet', (fn) => console.log('callback gets', fn.name, fn.length));
console.log('enabled', log.enabled);
log('nothing printed %s', 'here');
log('still nothing');
const desc = Object.getOwnPropertyDescriptor(log, 'enabled');
console.log(typeof desc.get, desc.enumerable, desc.configurable);
process.stderr.write('stderr marker\n');
