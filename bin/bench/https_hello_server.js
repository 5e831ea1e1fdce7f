// A hello-world HTTPS server for bin/bench.py's https benchmark: the key and certificate files
// are its arguments (bench.py makes them with openssl for each run); prints its port, serves
// until killed.
const fs = require('fs');
const https = require('https');
const [keyFile, certFile] = process.argv.slice(2);
const server = https.createServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) }, (req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, world!\n');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
