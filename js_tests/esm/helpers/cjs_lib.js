exports.a = 1;
exports.b = function b() { return 'b called'; };
module.exports.c = 'three';
Object.defineProperty(exports, 'd', { enumerable: true, value: 'defined' });
