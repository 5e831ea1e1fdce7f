// Blob.prototype.slice: relative positions, content type, and reading the slices.
const blob = new Blob(['hello world'], { type: 'text/plain' });
const cases = [[], [0], [6], [-5], [2, 5], [2, -2], [-3, -1], [5, 2], [100], [-100, 3], [0, 100], [0, 5, 'X/Y'], [0, 5, 'bad\u00ff'], ['2', '4']];
(async () => {
  for (const args of cases) {
    const s = blob.slice(...args);
    console.log(JSON.stringify(args), s.size, JSON.stringify(s.type), JSON.stringify(await s.text()));
  }
  const nested = blob.slice(2, 9).slice(1, -1);
  console.log(nested.size, await nested.text());
})();
