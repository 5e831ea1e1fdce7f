// process.platform is 'linux'; process.version is a v20 version string
console.log(process.platform);
console.log(typeof process.version, process.version.startsWith('v20.'));
console.log(/^v\d+\.\d+\.\d+$/.test(process.version));
