#!/usr/bin/env node
// a shebang line at the top of the main script is ignored
console.log('shebang ignored');
