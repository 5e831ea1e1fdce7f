// process.version / versions / release: node's keys, string values, the version they agree on.
for (const key of ['node', 'v8', 'uv', 'zlib', 'modules', 'napi', 'openssl', 'unicode']) {
  console.log(key, typeof process.versions[key]);
}
console.log(process.version === `v${process.versions.node}`);
console.log(/^v\d+\.\d+\.\d+$/.test(process.version), process.version.startsWith('v20.'));
console.log(process.release.name, process.release.lts);
console.log(process.release.sourceUrl.endsWith(`/${process.version}/node-${process.version}.tar.gz`));
console.log(process.release.headersUrl.endsWith(`node-${process.version}-headers.tar.gz`));
console.log(Object.keys(process.release));
