// process.cwd() is the directory node was started in (here: the fixture's directory)
const path = require('path');
console.log(process.cwd() === __dirname);
console.log(path.basename(process.cwd()));
