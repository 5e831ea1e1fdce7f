const input: unknown = "42";
const n = <string>input;
