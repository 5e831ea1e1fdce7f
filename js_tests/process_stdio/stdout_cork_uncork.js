// cork() holds writes back (writableLength counts them) until uncork(); callbacks follow in order.
const out = process.stdout;
const order = [];
out.cork();
out.write('one\n', () => order.push('cb one'));
out.write('two\n', () => order.push('cb two'));
console.error('corked', out.writableCorked, out.writableLength);
order.push(`corked length ${out.writableLength} corked ${out.writableCorked}`);
out.uncork();
order.push(`uncorked length ${out.writableLength} corked ${out.writableCorked}`);
setTimeout(() => console.log(order.join('\n')), 0);
