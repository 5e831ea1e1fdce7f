// Variables from the environment and ones set by the program show up in keys, spread and JSON.
process.env.NR_SET_HERE = 'here';
const keys = Object.keys(process.env);
console.log(keys.includes('NR_FROM_ENV'), keys.includes('NR_SET_HERE'));
console.log(process.env.NR_FROM_ENV, process.env.NR_SPACES);
const copy = { ...process.env };
console.log(copy.NR_FROM_ENV, copy.NR_SET_HERE, typeof copy.PATH);
console.log(JSON.parse(JSON.stringify(process.env)).NR_SET_HERE);
console.log(Object.entries(process.env).filter(([k]) => k.startsWith('NR_')).map(([k, v]) => `${k}=${v}`).sort());
for (const k in process.env) if (k === 'NR_FROM_ENV') console.log('for-in sees', k);
