// stdout.write: returns true, calls its callback after the tick, accepts encodings and bytes.
const order = [];
const r = process.stdout.write('plain\n', () => order.push('cb1'));
process.stdout.write('6869210a', 'hex', () => order.push('cb hex'));
process.stdout.write('Ynl0ZXMK', 'base64');
process.stdout.write(new Uint8Array([111, 107, 10]));
process.stdout.write('caf\u00e9\n', 'latin1');
order.push('sync');
process.nextTick(() => console.log(r, order.join(',')));
try {
  process.stdout.write(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
