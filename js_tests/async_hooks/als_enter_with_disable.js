// enterWith sets the store for the rest of the synchronous code; disable() clears it.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
als.enterWith({ user: 'ann' });
other.enterWith(7);
console.log(als.getStore(), other.getStore());
setTimeout(() => {
  console.log('timer', als.getStore(), other.getStore());
  als.disable();
  console.log('disabled', als.getStore(), other.getStore());
  als.run('again', () => console.log('run after disable', als.getStore()));
}, 1);
