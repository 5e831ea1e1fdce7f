// Argument errors of Event and EventTarget, with node's codes and messages.
const t = new EventTarget();
const attempts = [
  () => new Event(),
  () => t.dispatchEvent({ type: 'x' }),
  () => t.dispatchEvent(),
  () => t.addEventListener('x', 5),
  () => t.addEventListener(),
  () => t.addEventListener('x', () => {}, { signal: 'nope' }),
  () => t.removeEventListener('x'),
  () => new Event('x', 5),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
t.addEventListener('r', (e) => {
  try {
    t.dispatchEvent(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
t.dispatchEvent(new Event('r'));
