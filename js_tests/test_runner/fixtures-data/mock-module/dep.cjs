exports.string = 'original cjs';
