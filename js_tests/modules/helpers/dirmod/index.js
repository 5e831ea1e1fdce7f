module.exports = 'dirmod/index.js';
