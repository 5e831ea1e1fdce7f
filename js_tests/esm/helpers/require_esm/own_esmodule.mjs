export default 'd';
export const __esModule = false;
