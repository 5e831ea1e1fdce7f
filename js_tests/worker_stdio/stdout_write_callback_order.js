// process.stdout.write is synchronous to the fd: the bytes are out when write() returns, the
// callback runs on the next tick (with earlier callbacks, before later ticks and promises).
const order = [];
process.stdout.write('a\n', () => order.push('cb a'));
process.stdout.write('b\n', 'utf8', () => order.push('cb b'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
console.log('writableLength', process.stdout.writableLength, 'returned', process.stdout.write('c\n'));
process.stdout.write(Buffer.from('d\n'), (e) => order.push(`cb d ${e}`));
process.stdout.write('6869210a', 'hex', () => order.push('cb hex'));
order.push('sync end');
setTimeout(() => console.log(order.join(', ')), 0);
