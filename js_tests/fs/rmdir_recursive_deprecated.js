// rmdirSync(path, { recursive: true }) removes a tree and warns once (DEP0147)
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.mkdirSync(at('tree', 'a'), { recursive: true });
fs.writeFileSync(at('tree', 'a', 'f'), '');
fs.rmdirSync(at('tree'), { recursive: true });
console.log(fs.existsSync(at('tree')));
attempt('missing', () => fs.rmdirSync(at('tree'), { recursive: true }));
process.on('exit', () => console.log('done'));
cleanup();
