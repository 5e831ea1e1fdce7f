// createReadStream / createWriteStream with options.fs (custom open / read / write / writev /
// close), and the deprecated way of hooking open()
const fs = require('fs');
const { at } = require('./helpers/tmp');

const file = at('data.txt');
fs.writeFileSync(file, 'hello custom fs');
const calls = [];
const readStream = fs.createReadStream(file, {
  encoding: 'utf8',
  fs: {
    open(...args) { calls.push('open'); return fs.open(...args); },
    read(...args) { calls.push('read'); return fs.read(...args); },
    close(...args) { calls.push('close'); return fs.close(...args); },
  },
});
let text = '';
readStream.on('data', (chunk) => { text += chunk; });
readStream.on('close', () => {
  console.log(text, calls);
  calls.length = 0;
  const writeStream = fs.createWriteStream(at('out.txt'), {
    fs: {
      open(...args) { calls.push('open'); return fs.open(...args); },
      writev(...args) { calls.push('writev'); return fs.writev(...args); },
      close(...args) { calls.push('close'); return fs.close(...args); },
    },
  });
  console.log(writeStream._write === null, typeof writeStream._writev);
  writeStream.write('a');
  writeStream.write('b');
  writeStream.end('c');
  writeStream.on('close', () => {
    console.log(fs.readFileSync(at('out.txt'), 'utf8'), calls.filter((c, i) => c !== calls[i - 1]));
  });
});
