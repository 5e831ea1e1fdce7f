module.exports = typeof require === 'function' ? 'cjs (.cjs in type:module)' : 'esm';
