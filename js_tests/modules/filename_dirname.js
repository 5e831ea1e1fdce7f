// __filename/__dirname are absolute paths of the current module (main and dependency)
const path = require('path');
console.log(path.basename(__filename), path.basename(__dirname));
console.log(path.dirname(__filename) === __dirname, path.resolve(__filename) === __filename);
console.log(JSON.stringify(require('./helpers/filename_info')));
