// process.argv: [execPath, script path, ...args]
const path = require('path');
console.log(JSON.stringify(process.argv.slice(2)));
console.log(path.basename(process.argv[1]));
console.log(path.resolve(process.argv[0]) === process.argv[0], path.resolve(process.argv[1]) === process.argv[1]);
console.log(process.argv.length);
