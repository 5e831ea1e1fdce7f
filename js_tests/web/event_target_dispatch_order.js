// Listeners run in registration order with `this` = the target; duplicates are ignored (capture
// counts as a different registration); listeners added during dispatch wait for the next event
// and removed ones are skipped.
const target = new EventTarget();
const log = [];
function first(event) { log.push(`first ${this === target} ${event.eventPhase}`); }
function third() { log.push('third'); }
function late() { log.push('late'); }
target.addEventListener('go', first);
target.addEventListener('go', first);
target.addEventListener('go', first, true);
target.addEventListener('go', () => {
  log.push('second: adds late, removes third');
  target.addEventListener('go', late);
  target.removeEventListener('go', third);
});
target.addEventListener('go', third);
console.log(target.dispatchEvent(new Event('go')));
console.log(log.splice(0));
target.dispatchEvent(new Event('go'));
console.log(log.splice(0));
target.removeEventListener('go', first, { capture: true });
target.removeEventListener('go', first);
target.dispatchEvent(new Event('go'));
console.log(log.splice(0));
