// importing a missing file or package rejects with ERR_MODULE_NOT_FOUND (no extension guessing in ESM)
for (const spec of ['./helpers/nope.mjs', './helpers/lib', 'no-such-package-xyz']) {
  try {
    await import(spec);
    console.log(spec, 'loaded (unexpected)');
  } catch (e) {
    console.log(spec, e.code, e.name);
  }
}
