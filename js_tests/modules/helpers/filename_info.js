const path = require('path');
module.exports = { file: path.basename(__filename), dir: path.basename(__dirname) };
