// CustomEvent carries detail (null by default).
const t = new EventTarget();
t.addEventListener('data', (e) => console.log('detail', e.detail, e instanceof Event, e instanceof CustomEvent));
t.dispatchEvent(new CustomEvent('data', { detail: { n: 1 } }));
console.log(new CustomEvent('x').detail, Object.keys(CustomEvent.prototype), Object.prototype.toString.call(new CustomEvent('x')));
try {
  new CustomEvent();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
