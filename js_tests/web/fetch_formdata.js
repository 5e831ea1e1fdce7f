// FormData: entries, Files, errors, inspect output, and the multipart round trip through a Response.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const form = new FormData();
console.log(form);
form.append('a', '1');
form.append('a', '2');
form.append('b', 'x');
console.log(form, form.get('a'), form.getAll('a'), form.has('b'), form.has('z'), form.get('z'));
form.set('a', 'only');
form.append('blob', new Blob(['data'], { type: 'text/plain' }));
form.append('named', new Blob(['xy']), 'name.bin');
form.append('file', new File(['f'], 'orig.txt', { type: 'text/x', lastModified: 42 }));
form.append('renamed', new File(['f'], 'orig.txt', { lastModified: 7 }), 'new.txt');
for (const [name, value] of form) {
  console.log(name, typeof value === 'string' ? value : [value.constructor.name, value.name, value.type, value.size]);
}
console.log(form.get('file').lastModified, form.get('renamed').lastModified, form.get('file') instanceof File);
form.delete('blob');
console.log([...form.keys()], [...form.values()].length);
form.forEach(function (value, name, target) { console.log('forEach', name, target === form, this.t); }, { t: 1 });

attempt('ctor', () => new FormData(5));
attempt('append(1)', () => new FormData().append('a'));
attempt('get()', () => new FormData().get());
attempt('not a blob', () => new FormData().append('a', 'x', 'n'));
attempt('brand', () => FormData.prototype.get.call({}, 'a'));
attempt('File()', () => new File());

(async () => {
  const sent = new FormData();
  sent.append('field', 'line1\nline2');
  sent.append('quote"d', 'v');
  sent.append('upload', new File(['hello'], 'h.txt', { type: 'text/plain' }));
  sent.append('raw', new Blob([new Uint8Array([0, 255])]));
  const response = new Response(sent);
  const text = await response.clone().text();
  console.log(JSON.stringify(text.replace(/----formdata-undici-0\d{11}/g, 'BOUNDARY')));
  const back = await response.formData();
  for (const [name, value] of back) {
    console.log(name, typeof value === 'string' ? JSON.stringify(value) : [value.name, value.type, value.size,
      Buffer.from(await value.arrayBuffer()).toString('hex')]);
  }
  const urlencoded = await new Response('a=1&b=%20&c', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  console.log(urlencoded);
  try {
    await new Response('x').formData();
  } catch (error) {
    console.log(error.name, error.message);
  }
})();
