// requiring a directory without package.json loads its index.js
console.log(require('./helpers/dirmod'));
console.log(require('./helpers/dirmod/') === require('./helpers/dirmod/index.js'));
