// process.env: assignments become strings, delete works, `in` reflects the current state.
const show = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
process.env.NR_NUM = 42;
process.env.NR_BOOL = true;
process.env.NR_UNDEF = undefined;
process.env.NR_NULL = null;
process.env.NR_OBJ = { a: 1 };
for (const k of ['NR_NUM', 'NR_BOOL', 'NR_UNDEF', 'NR_NULL', 'NR_OBJ']) {
  console.log(k, typeof process.env[k], JSON.stringify(process.env[k]));
}
process.env.NR_EMPTY = '';
console.log('NR_EMPTY' in process.env, JSON.stringify(process.env.NR_EMPTY));
console.log(delete process.env.NR_NUM, process.env.NR_NUM, 'NR_NUM' in process.env);
console.log(delete process.env.NR_NEVER_SET);
console.log(show(() => { process.env[Symbol('s')] = 'x'; }));
console.log(show(() => { process.env.NR_SYM = Symbol('v'); }));
console.log(process.env[Symbol.iterator]);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(process.env, 'NR_BOOL')));
console.log(process.env.hasOwnProperty('NR_BOOL'), process.env.hasOwnProperty('NR_NOPE'));
