const key = 'hidden' + 'Name';
module.exports = {};
module.exports[key] = 'only on default';
