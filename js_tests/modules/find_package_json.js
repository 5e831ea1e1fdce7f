// module.findPackageJSON(specifier, base): a bare specifier gives the package's root package.json,
// a relative / absolute / file: URL specifier the package.json closest to what it resolves to.
const { findPackageJSON } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const show = (label, fn) => {
  try {
    const found = fn();
    console.log(label, '->', found === undefined ? 'undefined' : path.relative(__dirname, found));
  } catch (err) {
    console.log(label, '!', err.name, err.code, err.message.replaceAll(__dirname, '<dir>'));
  }
};

show('bare', () => findPackageJSON('condpkg', __filename));
show('bare subpath', () => findPackageJSON('condpkg/lib/nothing-here', __filename));
show('bare from URL base', () => findPackageJSON('condpkg', pathToFileURL(__filename)));
show('bare from URL string base', () => findPackageJSON('condpkg', pathToFileURL(__filename).href));
show('relative', () => findPackageJSON('./helpers/findpkg/sub/a.js', __filename));
show('relative, no own package.json', () => findPackageJSON('./helpers/findpkg/nodir/b.js', __filename));
show('directory', () => findPackageJSON('./helpers/findpkg/sub', __filename));
show('absolute path', () => findPackageJSON(path.join(__dirname, 'helpers/findpkg/sub/a.js'), __filename));
show('file URL, no base', () => findPackageJSON(pathToFileURL(path.join(__dirname, 'helpers/findpkg/sub/a.js')).href));
show('URL object, no base', () => findPackageJSON(pathToFileURL(path.join(__dirname, 'helpers/pkgmain/lib/entry.js'))));
// bad input
show('no arguments', () => findPackageJSON());
show('missing file', () => findPackageJSON('./helpers/findpkg/missing.js', __filename));
show('missing package', () => findPackageJSON('no-such-package', __filename));
show('invalid package name', () => findPackageJSON('@scope', __filename));
show('builtin', () => findPackageJSON('node:fs', __filename));
show('bare, no base', () => findPackageJSON('condpkg'));
show('relative, no base', () => findPackageJSON('./x.js'));
show('relative base', () => findPackageJSON('./x.js', 'relative/base.js'));
for (const base of [5, null, {}, true]) show(`base ${String(base)}`, () => findPackageJSON('condpkg', base));
