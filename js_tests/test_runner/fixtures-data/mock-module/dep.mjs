export const string = 'original esm';
export default 'original default';
