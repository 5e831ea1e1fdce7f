// An uncaught ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX: the snippet, then the error, exit code 1.
const greeting: string = 'never printed';
export enum Direction { Up, Down }
console.log(greeting);
