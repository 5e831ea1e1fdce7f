console.log(navigator);
console.log(Object.getOwnPropertyNames(Navigator.prototype).filter((n) => n !== 'locks'));
console.log(typeof navigator.hardwareConcurrency, navigator.hardwareConcurrency === require('os').availableParallelism());
console.log(navigator.userAgent, navigator.platform);
console.log(Object.isFrozen(navigator.languages), navigator.languages === navigator.languages);
const d = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
console.log(typeof d.get, d.set, d.enumerable, d.configurable, navigator === navigator, navigator instanceof Navigator);
console.log(Object.getOwnPropertyDescriptor(Navigator.prototype, 'language').enumerable);
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(navigator), JSON.stringify(navigator), Navigator.name, Navigator.length);
