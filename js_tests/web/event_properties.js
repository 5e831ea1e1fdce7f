// Event's attributes before, during and after dispatch.
const e = new Event('x', { cancelable: true, bubbles: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.eventPhase, e.target, e.currentTarget,
  e.srcElement, e.returnValue, e.defaultPrevented, e.composedPath(), typeof e.timeStamp);
const t = new EventTarget();
t.addEventListener('x', (ev) => {
  console.log('during', ev.eventPhase, ev.target === t, ev.currentTarget === t, ev.srcElement === t, ev.composedPath()[0] === t);
  ev.returnValue = false;
  ev.preventDefault();
});
console.log(t.dispatchEvent(e), e.defaultPrevented, e.returnValue, e.eventPhase, e.currentTarget, e.target === t);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.AT_TARGET);
console.log(Object.keys(Event.prototype).join());
const plain = new Event('p');
plain.preventDefault();
console.log(plain.defaultPrevented);
plain.initEvent('q', true, true);
console.log(plain.type, plain.bubbles, plain.cancelable);
console.log(Object.prototype.toString.call(e), String(new Event('s')));
