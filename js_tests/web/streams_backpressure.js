// highWaterMark and size: desiredSize, when pull is called, writer.ready, CountQueuingStrategy and
// ByteLengthQueuingStrategy.
(async () => {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(controller) {
      pulls++;
      controller.enqueue(new Uint8Array(pulls * 2));
      console.log('pull', pulls, controller.desiredSize);
      if (pulls === 4) controller.close();
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 5 }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log('pulled before reading', pulls);
  const reader = rs.getReader();
  let result;
  while (!(result = await reader.read()).done) console.log('got', result.value.length);

  const count = new CountQueuingStrategy({ highWaterMark: 2 });
  console.log(count, count.highWaterMark, count.size(), new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size(new Uint8Array(7)));
  console.log(count.size === new CountQueuingStrategy({ highWaterMark: 9 }).size, count.size.name);

  const resolvers = [];
  const ws = new WritableStream({
    write(chunk) {
      console.log('sink write', chunk);
      return new Promise((resolve) => resolvers.push(resolve));
    },
  }, { highWaterMark: 2, size: (chunk) => chunk.length });
  const writer = ws.getWriter();
  console.log('desired', writer.desiredSize);
  const first = writer.write('ab');
  console.log('desired after ab', writer.desiredSize);
  writer.write('c');
  console.log('desired after c', writer.desiredSize);
  let ready = false;
  writer.ready.then(() => { ready = true; console.log('ready'); });
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log('ready yet?', ready);
  resolvers.shift()();
  await first;
  console.log('first write done, desired', writer.desiredSize);
  await new Promise((resolve) => setTimeout(resolve, 5));
  resolvers.shift()();
  await writer.ready;
  console.log('desired at end', writer.desiredSize);

  for (const bad of [{ highWaterMark: -1 }, { highWaterMark: NaN }, { size: 5 }]) {
    try {
      new ReadableStream({}, bad);
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  for (const bad of [undefined, {}, 5]) {
    try {
      new CountQueuingStrategy(bad);
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  const sized = new ReadableStream({
    start(controller) {
      try {
        controller.enqueue('x');
      } catch (error) {
        console.log('enqueue threw', error.message);
      }
    },
  }, { size() { throw new Error('size failed'); } });
  sized.getReader().read().catch((error) => console.log('errored with', error.message));
})();
