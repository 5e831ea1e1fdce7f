// a nextTick scheduled inside a promise job runs only after the whole microtask queue drains
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p1 inner'));
}).then(() => console.log('p1 then'));
Promise.resolve().then(() => console.log('p2'));
console.log('sync');
