// import of a package with conditional "exports" picks the "import" condition (and node+import nested)
import def, { kind } from 'condpkg';
import dual from 'condpkg/dual';
import sub from 'condpkg/sub';
console.log(def, kind);
console.log(dual);
console.log(sub);
