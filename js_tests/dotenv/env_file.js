// --env-file (twice, both forms) and --env-file-if-exists (missing): a later file wins over an
// earlier one, and a variable already in the environment wins over both
const names = ['BASIC', 'EXPORTED', 'EMPTY', 'SINGLE', 'DOUBLE', 'BACKTICKS', 'MULTILINE', 'FROM_ENV',
  'OVERRIDDEN', 'ONLY_OVERRIDE'];
for (const name of names) console.log(name, JSON.stringify(process.env[name]));
console.log(process.execArgv);
