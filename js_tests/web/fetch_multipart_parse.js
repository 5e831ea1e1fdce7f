// Response.formData() parsing multipart/form-data: parts, files, default types, and the bodies undici refuses.
(async () => {
  const ct = { 'content-type': 'multipart/form-data; boundary=XX' };
  const bodies = [
    '--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XX--\r\n',
    '--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XX--',
    'junk--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XX--\r\n',
    '--XX\r\nContent-Disposition: form-data\r\n\r\n1\r\n--XX--\r\n',
    '--XX\r\nContent-Disposition: form-data; name="f"; filename="x.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n',
    '--XX\r\nContent-Disposition: form-data; name="f"; filename="x.txt"\r\n\r\nhello\r\n--XX--\r\n',
    '--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n',
    '--XX--\r\n',
    '',
    '--XX\r\ncontent-disposition: form-data; name=a\r\n\r\nv\r\n--XX--\r\n',
  ];
  for (const body of bodies) {
    try { const fd = await new Response(body, { headers: ct }).formData(); console.log(JSON.stringify(body).slice(0, 30), [...fd].map(([k, v]) => [k, typeof v === 'string' ? v : [v.name, v.type, v.size]])); }
    catch (e) { console.log(JSON.stringify(body).slice(0, 30), 'ERR', e.name, e.message); }
  }
  try { await new Response('x', { headers: { 'content-type': 'multipart/form-data' } }).formData(); } catch (e) { console.log('no boundary', e.name, e.message); }
})();
