// clear (no terminal: nothing), profile hooks, createTask, context, detached methods.
console.clear();
console.log('after clear');
console.profile('p');
console.profileEnd('p');
console.timeStamp('t');
console.log(console.createTask('task').run(() => 'ran'), typeof console.createTask('t').run);
const ctx = console.context('name');
ctx.log('from context log', { a: 1 });
console.log(typeof ctx.dirXml, typeof ctx.log);
const { table, count, group, groupEnd, log } = console;
group('detached group');
count('detached');
table([{ a: 1 }]);
groupEnd();
log('detached log');
console.log(typeof console.Console, console.Console === require('console').Console);
console.log(require('console') === console, require('node:console') === console);
