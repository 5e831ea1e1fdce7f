const value = { hello: 'world' };
export { value as 'module.exports' };
export const other = 2;
export default 'ignored default';
