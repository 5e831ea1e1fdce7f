// process.env exposes the environment as strings; assignments are stringified
console.log(process.env.NODERUN_GREETING);
console.log(process.env.NODERUN_EMPTY === '', typeof process.env.NODERUN_MISSING);
process.env.NODERUN_NUM = 12;
console.log(typeof process.env.NODERUN_NUM, process.env.NODERUN_NUM);
delete process.env.NODERUN_NUM;
console.log('NODERUN_NUM' in process.env);
