// TypeScript that does not parse: ERR_INVALID_TYPESCRIPT_SYNTAX before anything runs.
console.log('never printed');
const total: number = (1 +;
