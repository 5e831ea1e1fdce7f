// async functions run synchronously until the first await; awaits resume as microtasks
async function a() {
  console.log('a start');
  await null;
  console.log('a after await 1');
  await b();
  console.log('a after await b');
}
async function b() {
  console.log('b');
}
a().then(() => console.log('a resolved'));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
