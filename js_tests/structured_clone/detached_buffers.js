// a detached ArrayBuffer: cloning it and transferring it again are DataCloneErrors
const ab = new ArrayBuffer(8);
structuredClone(ab, { transfer: [ab] });
console.log('detached', ab.byteLength);
try { structuredClone(ab, { transfer: [ab] }); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone({ ab }); } catch (e) { console.log(e.name, e.code, e.message); }
