// gunzip of the same 50 MB of text (gzipped beforehand) through a zlib stream: MB of output per
// second. The data and the measurement are gzip_stream.js's.
process.argv[2] = 'gunzip';
require('./gzip_stream.js');
