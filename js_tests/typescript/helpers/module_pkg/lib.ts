export const kind: string = typeof require === 'undefined' ? 'module' : 'commonjs';
export const file: string = import.meta.filename.slice(-6);
