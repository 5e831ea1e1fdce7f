'use strict';
// --test-isolation=none (and run({ isolation: 'none' })): the test files are imported one after
// the other into this process, under one root. The root counts as started from the beginning, so
// a before() hook declared at the top level of any file (or of a --require / --import preload)
// runs at once; the tests start once every file is loaded, one at a time.

const { pathToFileURL } = require('url');

async function loadFiles(files, cwd = process.cwd()) {
  const { harness, getRoot } = require('internal/test_runner/harness');
  harness.inProcess = true;
  harness.loading = true;
  const root = getRoot();
  for (const file of files) {
    harness.currentFile = file;
    const declared = root.subtests.length;
    try {
      await import(pathToFileURL(file).href);
      if (root.subtests.length === declared) {   // a file without tests counts as a test, as in node
        const { createTest } = require('internal/test_runner/harness');
        const name = require('path').relative(cwd, file);
        createTest(root, name, {}, undefined, { file, line: 1, column: 1 });
      }
    } catch (error) {
      // (a file that cannot load fails the run)
      root.fail(require('internal/test_runner/failures').testFailure(error, 'testCodeFailure'));
      console.error(error);
    }
  }
  harness.currentFile = null;
  harness.loading = false;
  await Promise.all(harness.rootBefore);
  root.startQueued();
}

module.exports = { loadFiles };
