// No package.json "type" above: a .ts file is CommonJS or, with import/export, an ES module.
export const double = (n: number): number => n * 2;
export type Doubler = typeof double;
