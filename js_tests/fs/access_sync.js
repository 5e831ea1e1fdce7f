// accessSync with F_OK / R_OK / W_OK / X_OK, and its argument checks
const fs = require('fs');
const { at, dir, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('script'), '', { mode: 0o755 });
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log(fs.F_OK === F_OK, fs.R_OK === R_OK, fs.W_OK === W_OK, fs.X_OK === X_OK, F_OK, R_OK, W_OK, X_OK);
attempt('default mode', () => fs.accessSync(at('script')));
attempt('R_OK | W_OK', () => fs.accessSync(at('script'), R_OK | W_OK));
attempt('X_OK', () => fs.accessSync(at('script'), X_OK));
attempt('directory X_OK', () => fs.accessSync(dir, X_OK));
attempt('missing', () => fs.accessSync(at('missing')));
attempt('missing R_OK', () => fs.accessSync(at('missing'), R_OK));
attempt('under a file', () => fs.accessSync(at('script', 'x')));
attempt('mode 8', () => fs.accessSync(at('script'), 8));
attempt('mode string', () => fs.accessSync(at('script'), 'r'));
cleanup();
