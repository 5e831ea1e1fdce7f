// a worker file given as ./relative, ../relative, absolute path, and file: URL object
const { Worker } = require('worker_threads');
const path = require('path');
const { pathToFileURL } = require('url');
const forms = [
  './helpers/echo.js',
  '../worker_threads/helpers/echo.js',
  path.join(__dirname, 'helpers', 'echo.js'),
  pathToFileURL(path.join(__dirname, 'helpers', 'echo.js')),
];
(async () => {
  for (const form of forms) {
    const w = new Worker(form, { workerData: String(form).startsWith('file:') ? 'url' : path.isAbsolute(form) ? 'absolute' : form });
    const reply = await new Promise((resolve) => { w.once('message', resolve); w.postMessage(1); });
    console.log(reply.echo, reply.isMainThread, reply.workerData);
    w.postMessage('exit');
    console.log('exit', await new Promise((resolve) => w.on('exit', resolve)));
  }
})();
