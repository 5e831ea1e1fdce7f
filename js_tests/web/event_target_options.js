// once removes the listener before it runs, passive makes preventDefault a no-op, and a signal
// removes the listener when it aborts (or prevents adding it when already aborted).
const target = new EventTarget();
target.addEventListener('ev', () => console.log('once'), { once: true });
target.addEventListener('ev', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
const ac = new AbortController();
target.addEventListener('ev', () => console.log('until abort'), { signal: ac.signal });
target.addEventListener('ev', () => console.log('never'), { signal: AbortSignal.abort() });
const event = new Event('ev', { cancelable: true });
console.log('result', target.dispatchEvent(event), event.defaultPrevented);
ac.abort();
console.log('second dispatch');
target.dispatchEvent(new Event('ev', { cancelable: true }));
target.addEventListener('c', (e) => e.preventDefault());
console.log(target.dispatchEvent(new Event('c', { cancelable: true })), target.dispatchEvent(new Event('c')));
