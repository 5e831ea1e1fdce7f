export const x = 'x from lib.mjs';
export function hello(name) { return 'hello ' + name; }
export default 'default from lib.mjs';
