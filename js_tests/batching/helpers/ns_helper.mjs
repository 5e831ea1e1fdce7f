// A module whose namespace object module_namespace.mjs posts.
export const answer = 42;
export default 'default export';
