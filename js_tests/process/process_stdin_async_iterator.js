// for await over process.stdin yields Buffers holding the piped bytes.
(async () => {
  const parts = [];
  for await (const chunk of process.stdin) {
    parts.push(Buffer.isBuffer(chunk));
    parts.push(chunk.toString());
  }
  console.log(parts[0], JSON.stringify(parts.filter((p) => typeof p === 'string').join('')));
})();
