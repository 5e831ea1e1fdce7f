export const é = 'café';
export enum Mode { Fast = 'fast' }
