const before = 1;
enum Color {
  Red,
  Green,
}
console.log(before);
