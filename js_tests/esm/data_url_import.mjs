// data: URLs can be imported as JavaScript modules
const m = await import('data:text/javascript,export default 42; export const s = "from data url";');
console.log(m.default, m.s);
// base64 of: export default 6 * 7;
const { default: n } = await import('data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNiAqIDc7');
console.log(n);
