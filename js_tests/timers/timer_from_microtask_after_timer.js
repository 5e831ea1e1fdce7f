'use strict';
// A timer set in a microtask that runs after a timer's callback, while a later timer is pending,
// fires at its own time, not when the later one does; clearing the last timer there lets the
// process end at once ('beforeExit' comes).
const order = [];
const later = setTimeout(() => order.push('later (never)'), 30000);
let attempts = 0;
function attempt() {
  Promise.resolve().then(() => {
    order.push(`attempt ${++attempts}`);
    if (attempts < 4) setTimeout(attempt, 1);
    else clearTimeout(later);
  });
}
attempt();
process.once('beforeExit', () => order.push('beforeExit'));
process.on('exit', () => console.log(order));
