module Legacy {
  export const version = 1;
}
