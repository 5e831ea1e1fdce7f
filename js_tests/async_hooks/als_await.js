// The store survives await on promises, on plain values and on rejections.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function work() {
  console.log('sync part', als.getStore());
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log('after timer promise', als.getStore());
  await 42;
  console.log('after await value', als.getStore());
  try {
    await Promise.reject(new Error('no'));
  } catch (e) {
    console.log('in catch', als.getStore(), e.message);
  }
  return als.getStore();
}
als.run('request-A', work).then((v) => console.log('resolved with', v));
console.log('top level', als.getStore());
