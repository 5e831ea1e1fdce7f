// waitAsync answers synchronously when the value differs or the timeout is 0 (or less, or null)
const i32 = new Int32Array(new SharedArrayBuffer(16));
i32[1] = 7;
function show(label, result) {
  const value = result.value instanceof Promise ? 'a Promise' : result.value;
  console.log(label, Object.keys(result).join(','), result.async, value,
              Object.getPrototypeOf(result) === Object.prototype);
}
show('value differs:', Atomics.waitAsync(i32, 0, 1));
show('value differs, timeout 0:', Atomics.waitAsync(i32, 0, 1, 0));
show('timeout 0:', Atomics.waitAsync(i32, 0, 0, 0));
show('negative timeout:', Atomics.waitAsync(i32, 1, 7, -100));
show('null timeout:', Atomics.waitAsync(i32, 1, 7, null));
show('index as string:', Atomics.waitAsync(i32, '1', 7, 0));
show('value converted ToInt32:', Atomics.waitAsync(i32, 1, 2 ** 32 + 7, 0));
show('fractional index:', Atomics.waitAsync(i32, 1.9, 8, 0));
show('offset view:', Atomics.waitAsync(new Int32Array(i32.buffer, 4, 2), 0, 7, 0));
const pending = Atomics.waitAsync(i32, 2, 0, NaN);
show('NaN timeout waits:', pending);
pending.value.then((v) => console.log('NaN-timeout wait settled:', v));
console.log('notify woke', Atomics.notify(i32, 2));
console.log('typeof', typeof Atomics.waitAsync, Atomics.waitAsync.name, Atomics.waitAsync.length);
const d = Object.getOwnPropertyDescriptor(Atomics, 'waitAsync');
console.log('writable', d.writable, 'enumerable', d.enumerable, 'configurable', d.configurable);
