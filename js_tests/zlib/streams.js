'use strict';
// Streams: piping through compressors and back, chunk sizes, bytesWritten, flush kinds, params,
// reset, close, and a data error destroying the stream with node's error.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const input = Buffer.from(Array.from({ length: 200000 }, (_, i) => (i % 97) ^ (i >> 9)));

function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, encoding, callback) {
      chunks.push(chunk);
      callback();
    },
    final(callback) {
      done(Buffer.concat(chunks), chunks);
      callback();
    },
  });
}

const steps = [];
const run = () => steps.length && steps.shift()(run);

for (const [make, unmake] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createDeflate', 'createUnzip'], ['createBrotliCompress', 'createBrotliDecompress'],
  ['createZstdCompress', 'createZstdDecompress']]) {
  steps.push((next) => {
    const source = Readable.from([input.subarray(0, 1000), input.subarray(1000, 150000), input.subarray(150000)]);
    const compressor = zlib[make]();
    const decompressor = zlib[unmake]({ chunkSize: 1024 });
    pipeline(source, compressor, decompressor, collect((out, chunks) => {
      console.log(make, unmake, out.equals(input), compressor.bytesWritten, decompressor.bytesWritten > 0,
        chunks.every((c) => c.length <= 1024), chunks.length >= 195);
    }), (err) => {
      console.log('pipeline done', err);
      next();
    });
  });
}

// level 0 and flush kinds: stored blocks are the same bytes as node's
steps.push((next) => {
  const deflater = zlib.createDeflate({ level: 0 });
  const chunk = Buffer.from('/9j/4AAQSkZJRgABAQEASA==', 'base64');
  deflater.write(chunk, () => {
    deflater.flush(zlib.constants.Z_NO_FLUSH, () => {
      console.log('no flush', deflater.read());
      deflater.flush(() => {
        const parts = [];
        let part;
        while ((part = deflater.read()) !== null) parts.push(part);
        console.log('full flush', Buffer.concat(parts).toString('hex'));
        deflater.flush(zlib.constants.Z_SYNC_FLUSH, () => {
          console.log('again', deflater.read());
          next();
        });
      });
    });
  });
});

// sync flush makes what was written so far readable on its own
steps.push((next) => {
  const gzip = zlib.createGzip();
  const gunzip = zlib.createGunzip();
  gzip.pipe(gunzip);
  gunzip.on('data', (data) => {
    console.log('flushed through:', data.toString());
    if (data.toString() === 'second') {
      gzip.end();
    }
  });
  gunzip.on('end', () => {
    console.log('gunzip end');
    next();
  });
  gzip.write('first');
  gzip.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    setTimeout(() => {
      gzip.write('second');
      gzip.flush(zlib.constants.Z_SYNC_FLUSH);
    }, 10);
  });
});

// params changes level mid-stream; the result still inflates to the input
steps.push((next) => {
  const deflater = zlib.createDeflate({ level: 9 });
  const chunks = [];
  deflater.on('data', (c) => chunks.push(c));
  deflater.on('end', () => {
    console.log('params round trip', zlib.inflateSync(Buffer.concat(chunks)).equals(input));
    next();
  });
  deflater.write(input.subarray(0, 100000), () => {
    deflater.params(0, zlib.constants.Z_DEFAULT_STRATEGY, () => {
      console.log('params set', deflater._level, deflater._strategy);
      deflater.end(input.subarray(100000));
    });
  });
});

// a data error destroys the stream with node's error
steps.push((next) => {
  const inflate = zlib.createInflate();
  inflate.on('error', (err) => {
    console.log('error event:', err.message, err.errno, err.code, inflate.destroyed, inflate._handle);
    next();
  });
  inflate.on('close', () => console.log('closed'));
  inflate.end(Buffer.from('this is not zlib data'));
});

// trailing garbage after a gzip member is an error, zero padding is not, concatenated members are read
steps.push((next) => {
  const member = zlib.gzipSync('member ');
  const gunzip = zlib.createGunzip();
  const out = [];
  gunzip.on('data', (c) => out.push(c));
  gunzip.on('end', () => {
    console.log('members:', Buffer.concat(out).toString());
    next();
  });
  for (const byte of Buffer.concat([member, member, member, Buffer.alloc(5)])) gunzip.write(Buffer.from([byte]));
  gunzip.end();
});

// reset() starts a fresh stream on the same handle; close() ends it
steps.push((next) => {
  const deflate = zlib.createDeflate();
  deflate.write('discarded');
  deflate.reset();
  console.log('reset returns', deflate.reset());
  deflate.close(() => {
    console.log('close callback', deflate.destroyed, deflate._closed);
    next();
  });
});

// a reader that iterates sees node's output chunks one at a time (chunkSize bytes each)
steps.push(async (next) => {
  const gunzip = zlib.createGunzip();
  gunzip.end(zlib.gzipSync(input));
  const sizes = [];
  for await (const chunk of gunzip) sizes.push(chunk.length);
  console.log('iterated chunks', sizes.length, sizes.slice(0, 3), sizes.reduce((a, b) => a + b, 0));
  next();
});

run();
