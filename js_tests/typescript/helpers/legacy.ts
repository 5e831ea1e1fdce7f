const triple = (n: number): number => n * 3;
module.exports = { triple, filename: __filename.endsWith('legacy.ts') };
