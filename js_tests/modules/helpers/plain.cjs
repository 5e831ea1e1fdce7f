module.exports = 'cjs extension file';
