export const pick = (a, b) => a ?? b;
export class Box { #v = 1; static s = 2; get v() { return this.#v; } set v(x) { this.#v = x; } }
export async function* gen() { yield 1; }
const value = await Promise.resolve(5);
export function useValue() { return value > 3 ? 'big' : 'small'; }
label: for (const x of [1, 2]) { if (x) continue label; }
