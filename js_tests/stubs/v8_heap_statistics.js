// v8.getHeapStatistics: V8's keys with non-negative numbers that agree with each other.
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).join(' '));
console.log(Object.values(s).every((v) => typeof v === 'number' && v >= 0));
console.log(s.used_heap_size > 0, s.total_heap_size >= s.used_heap_size, s.heap_size_limit > s.used_heap_size);
console.log(Array.isArray(v8.getHeapSpaceStatistics()), typeof v8.cachedDataVersionTag());
console.log(v8.setFlagsFromString('--no-lazy'));
