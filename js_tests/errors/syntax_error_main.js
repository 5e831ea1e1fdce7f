// deliberately broken: unbalanced parenthesis
console.log("never");
const x = (1 + ;
