// Object.defineProperty on process.env accepts only plain data descriptors, and coerces the value.
const show = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
console.log(show(() => Object.defineProperty(process.env, 'NR_A', { value: 5 })));
console.log(show(() => Object.defineProperty(process.env, 'NR_B', { get() { return 1; } })));
console.log(show(() => {
  Object.defineProperty(process.env, 'NR_C', { value: 5, writable: true, configurable: true, enumerable: true });
  return `${typeof process.env.NR_C} ${process.env.NR_C}`;
}));
