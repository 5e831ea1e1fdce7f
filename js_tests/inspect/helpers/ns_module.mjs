export const a = 1;
export let b = { nested: [1, 2] };
export function f() {}
export default class Def {}
