// a detached ArrayBuffer: cloning it is a DataCloneError; transferring it again sends an empty one
const ab = new ArrayBuffer(8);
structuredClone(ab, { transfer: [ab] });
console.log('detached', ab.byteLength);
const again = structuredClone(ab, { transfer: [ab] });
console.log('transferred again', again.byteLength, again instanceof ArrayBuffer);
try { structuredClone({ ab }); } catch (e) { console.log(e.name, e.code, e.message); }
