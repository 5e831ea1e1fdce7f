// TextEncoderStream / TextDecoderStream (split code points across chunks, options, errors) and
// Blob.prototype.stream().
(async () => {
  const encoder = new TextEncoderStream();
  console.log(encoder, encoder.encoding);
  const encoded = [];
  const done = ReadableStream.from(['h\u00e9', '\ud83d', '\ude00', '', 'x\ud800']).pipeThrough(encoder)
    .pipeTo(new WritableStream({ write(chunk) { encoded.push(Buffer.from(chunk).toString('hex')); } }));
  await done;
  console.log(encoded);

  const decoder = new TextDecoderStream();
  console.log(decoder);
  const bytes = [new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3]), new Uint8Array([0xa9, 0xf0, 0x9f]),
    new Uint8Array([0x98, 0x80]), new Uint8Array([0xff])];
  const text = [];
  await ReadableStream.from(bytes).pipeThrough(decoder).pipeTo(new WritableStream({ write(c) { text.push(c); } }));
  console.log(text);

  const latin = new TextDecoderStream('latin1', { ignoreBOM: true });
  console.log(latin.encoding, latin.fatal, latin.ignoreBOM);
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fatalWriter = fatal.writable.getWriter();
  fatalWriter.write(new Uint8Array([0xff])).catch((error) => console.log('fatal', error.name, error.code));
  await fatal.readable.getReader().read().catch((error) => console.log('fatal read', error.name, error.code));
  const wrongType = new TextDecoderStream();
  wrongType.writable.getWriter().write('not bytes').catch((error) => console.log(error.name, error.code, error.message));
  try {
    new TextDecoderStream('no-such-encoding');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }

  const blob = new Blob(['blob ', 'stream ', new Uint8Array([0x21])]);
  const stream = blob.stream();
  console.log(stream);
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  console.log(chunks.length, chunks[0].constructor.name, Buffer.concat(chunks).toString());
  const byob = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  console.log(await byob.read(new Uint8Array(4)));
  console.log(await new Blob([]).stream().getReader().read());
  const piped = [];
  await new Blob(['é!']).stream().pipeThrough(new TextDecoderStream()).pipeTo(new WritableStream({ write(c) { piped.push(c); } }));
  console.log(piped);
})();
