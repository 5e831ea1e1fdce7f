// node's side of the TypeScript stripping comparisons (bin/strip-differential.py and
// tests/test_typescript.py): a JSON array of sources on stdin, a JSON array on stdout of
// { code } (what node's stripTypeScriptTypes returns) or { error, message, hints } (its refusal:
// code, message and the snippet above the error's name line).
const { stripTypeScriptTypes } = require('node:module');
const sources = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(sources.map((source) => {
  try {
    return { code: stripTypeScriptTypes(source) };
  } catch (e) {
    return { error: e.code, message: e.message, hints: e.stack.slice(0, e.stack.indexOf('\n' + e.name)) };
  }
})));
