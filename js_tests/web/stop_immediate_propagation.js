// stopImmediatePropagation skips the remaining listeners; stopPropagation and cancelBubble do not
// (there is no tree to bubble through).
const target = new EventTarget();
target.addEventListener('a', (e) => { console.log('a1'); e.stopImmediatePropagation(); });
target.addEventListener('a', () => console.log('a2 (skipped)'));
target.addEventListener('b', (e) => { console.log('b1'); e.stopPropagation(); console.log('cancelBubble', e.cancelBubble); });
target.addEventListener('b', () => console.log('b2 runs'));
target.dispatchEvent(new Event('a'));
target.dispatchEvent(new Event('b'));
const e = new Event('c');
e.cancelBubble = true;
console.log(e.cancelBubble);
