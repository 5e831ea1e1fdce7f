// a failed require is catchable: e.code is MODULE_NOT_FOUND for relative paths and bare names
for (const spec of ['./helpers/nope', 'no-such-package-xyz']) {
  try {
    require(spec);
  } catch (e) {
    console.log(e.code, e.message.startsWith("Cannot find module '" + spec + "'"), e instanceof Error);
  }
}
