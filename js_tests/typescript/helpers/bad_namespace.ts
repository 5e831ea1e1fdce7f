namespace Geometry {
  export const origin = { x: 0, y: 0 };
}
