const kind: string = typeof require === 'function' ? 'commonjs' : 'module';
exports.kind = kind;
exports.file = __filename.slice(-6) as string;
