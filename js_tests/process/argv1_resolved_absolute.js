// process.argv[1] is the absolute path of the main script and equals __filename
const path = require('path');
console.log(process.argv[1] === __filename);
console.log(path.relative(process.cwd(), process.argv[1]));
