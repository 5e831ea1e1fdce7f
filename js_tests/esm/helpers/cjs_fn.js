module.exports = function greet() { return 'greet called'; };
module.exports.extra = 'extra prop';
