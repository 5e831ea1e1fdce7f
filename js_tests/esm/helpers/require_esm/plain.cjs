exports.named = 'from cjs';
