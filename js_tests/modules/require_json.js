// require of a .json file parses it; the result is cached (same object)
const data = require('./helpers/data.json');
console.log(data.name, data.list.length, data.nested.ok);
console.log(JSON.stringify(data));
console.log(require('./helpers/data') === data);
