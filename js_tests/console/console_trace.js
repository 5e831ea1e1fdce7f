// trace prints "Trace: <formatted message>" and a stack on stderr; stdout carries the rest.
console.log('before');
console.trace('hello %s', 'trace', { x: 1 });
console.trace();
console.group();
console.trace('indented');
console.groupEnd();
console.log('after');
