// setEnvironmentData is cloned into each worker created afterwards
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');
setEnvironmentData('config', { mode: 'test', list: [1, 2] });
setEnvironmentData('gone', 1);
setEnvironmentData('gone', undefined);
console.log('main', getEnvironmentData('config'), getEnvironmentData('gone'));
const w = new Worker('const { getEnvironmentData } = require("worker_threads"); console.log("worker", getEnvironmentData("config"), getEnvironmentData("gone"), getEnvironmentData("later"))', { eval: true });
setEnvironmentData('later', 'too late');
w.on('exit', () => console.log('done'));
