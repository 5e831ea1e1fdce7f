// TypeScript that cannot be erased is refused before it runs, with node's error and the snippet
// of the offending lines at the top of its stack; so is a .ts file inside node_modules.
const { pathToFileURL } = require('node:url');
const here = pathToFileURL(__dirname).href;

function show(err: any): void {
  const snippet: string = err.stack.slice(0, err.stack.indexOf(`\n${err.name}`));
  console.log(err.name, err.code, JSON.stringify(err.message));
  console.log(snippet.replaceAll(here, '.').replaceAll(__dirname, '.'));
  console.log('---');
}

for (const name of ['bad_enum.ts', 'bad_namespace.ts', 'bad_parameter_property.ts', 'bad_import_equals.ts',
  'bad_export_assignment.cts', 'bad_type_assertion.ts', 'bad_module_keyword.ts']) {
  try {
    require(`./helpers/${name}`);
    console.log('loaded', name);
  } catch (err) {
    show(err);
  }
}

try {
  require('./helpers/bad_syntax.ts');
} catch (err: any) {
  console.log(err.name, err.code, err.stack.replace(__dirname, '.').split('\n').slice(0, 3));
}

try {
  require('typed-pkg');
} catch (err: any) {
  console.log(err.name, err.code, err.message.replace(__dirname, '.'));
}

import('./helpers/bad_enum.mts').catch(show);
