// process.loadEnvFile(path = '.env'): sets what process.env does not have yet
const path = require('path');
process.env.FROM_ENV = 'set before';
process.loadEnvFile();
console.log(process.env.DEFAULT_DOT_ENV);
process.loadEnvFile('helpers/basic.env');
console.log(process.env.BASIC, JSON.stringify(process.env.DOUBLE), process.env.FROM_ENV);
process.loadEnvFile(new URL(`file://${path.join(__dirname, 'helpers/override.env')}`));
process.loadEnvFile(Buffer.from('helpers/override.env'));
console.log(process.env.OVERRIDDEN, process.env.ONLY_OVERRIDE);
console.log(process.loadEnvFile.length);
for (const bad of ['helpers/none.env', 'helpers/dir.env', 42, null, {}]) {
  try {
    process.loadEnvFile(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.errno, e.syscall, e.path, Object.keys(e));
  }
}
