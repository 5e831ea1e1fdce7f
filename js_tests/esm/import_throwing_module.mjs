// a module that throws during evaluation rejects import(); re-importing rethrows the same error without re-running
const first = await import('./helpers/throws.mjs').catch((e) => e);
const second = await import('./helpers/throws.mjs').catch((e) => e);
console.log(first.message, first === second, globalThis.__sideEffects);
