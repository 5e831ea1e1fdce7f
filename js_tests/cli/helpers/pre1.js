const path = require('path');
globalThis.__preloadOrder = (globalThis.__preloadOrder || []).concat('pre1');
console.log('pre1 running, argv[1] =', path.basename(process.argv[1] || ''), 'require.main:', typeof require.main);
