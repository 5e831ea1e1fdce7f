// Locale tags: canonical forms and the two errors V8 tells apart; incompatible receivers.
for (const t of ['en-','en-US-','abcd','en-a','123','en-u','toolongtag','en-x','en-abcdefghi','EN-US-u-','root','en-Latn-US-u-ca-x','de-1996-1996','', 'en_US', 'i-klingon','x-foo']) try{console.log(t, Intl.getCanonicalLocales(t))}catch(e){console.log(t, e.message)}
for (const r of [5,'x',{}, [] , null]) try{Intl.NumberFormat.prototype.resolvedOptions.call(r)}catch(e){console.log(e.message)}
for (const r of [5,'x',{}, [] , null]) try{Intl.Segmenter.prototype.resolvedOptions.call(r)}catch(e){console.log(e.message)}
try{Intl.Segmenter.prototype.segment.call({})}catch(e){console.log(e.message)}
try{Intl.NumberFormat.prototype.formatToParts.call({})}catch(e){console.log(e.message)}
