// --no-experimental-strip-types: TypeScript files are not stripped; a .cts (or .mts) file without
// types still runs, as CommonJS.
console.log(process.features.typescript, typeof require, typeof module);
try {
  require('./helpers/util.ts');
} catch (err) {
  console.log(err.name);
}
