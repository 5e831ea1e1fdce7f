const ok: number = 1;
const broken: number = (ok +;
