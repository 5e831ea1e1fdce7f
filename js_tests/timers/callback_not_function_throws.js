// setTimeout with a non-function callback throws ERR_INVALID_ARG_TYPE synchronously
for (const fn of [() => setTimeout('code', 1), () => setImmediate(42), () => setInterval(null, 1)]) {
  try { fn(); console.log('no throw'); } catch (e) { console.log(e.name, e.code); }
}
