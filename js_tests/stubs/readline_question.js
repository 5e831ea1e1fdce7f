// rl.question writes the query and answers with the next line; readline/promises returns a promise.
const readline = require('readline');
const rlp = require('readline/promises');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (name) => {
  console.log(`hello ${name}`);
  rl.close();
});
rl.on('close', () => console.log('closed', typeof rlp.createInterface));
