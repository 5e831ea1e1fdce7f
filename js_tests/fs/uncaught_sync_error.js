// An fs error nobody catches ends the process with code 1 and node's report on stderr
const fs = require('fs');
const path = require('path');

fs.readFileSync(path.join(__dirname, 'no-such-file.txt'));
