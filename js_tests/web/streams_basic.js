// ReadableStream / WritableStream basics: start, pull, enqueue, close, readers, writers, order of events.
const log = (...args) => console.log(...args);

(async () => {
  const rs = new ReadableStream({
    start(controller) {
      log('start', controller.desiredSize);
      controller.enqueue('a');
      controller.enqueue('b');
      log('after enqueue', controller.desiredSize);
    },
    pull(controller) {
      log('pull', controller.desiredSize);
      if (this.n === undefined) this.n = 0;
      if (++this.n > 2) controller.close();
      else controller.enqueue(`p${this.n}`);
    },
    cancel(reason) {
      log('cancel', reason);
    },
  });
  log(rs, rs.locked);
  const reader = rs.getReader();
  log(rs.locked, reader);
  for (;;) {
    const result = await reader.read();
    log('read', result);
    if (result.done) break;
  }
  await reader.closed;
  log('closed', rs);
  reader.releaseLock();
  log('released', rs.locked);

  const chunks = [];
  const ws = new WritableStream({
    start(controller) {
      log('ws start', controller);
    },
    write(chunk, controller) {
      log('write', chunk, controller.signal.aborted);
      chunks.push(chunk);
    },
    close() {
      log('sink close', chunks);
    },
  });
  const writer = ws.getWriter();
  log(writer.desiredSize, ws);
  await writer.ready;
  writer.write('x');
  writer.write('y');
  log('desiredSize after writes', writer.desiredSize);
  await writer.close();
  log('writer closed', ws, writer.desiredSize);
  await writer.closed;
  log('done');
})();
