// Blob.arrayBuffer / text / bytes settle after as many microtask turns as node's (two per part), so their order against other promises is node's.
(async () => {
  const count = async (label, p) => { let done = false; p.then(() => { done = true; }); let n = 0; while (!done) { await null; n++; } console.log(label, n); };
  for (const parts of [['x'], ['x', 'y'], ['x', 'y', 'z'], ['a', 'b', 'c', 'd'], ['', 'x'], [new Blob(['a', 'b'])]]) {
    await count(JSON.stringify(parts.length) + ' ab', new Blob(parts).arrayBuffer());
    await count(JSON.stringify(parts.length) + ' text', new Blob(parts).text());
    await count(JSON.stringify(parts.length) + ' bytes', new Blob(parts).bytes());
  }
})();
