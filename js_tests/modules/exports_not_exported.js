// requiring a subpath not listed in "exports" (or mapped to null) throws ERR_PACKAGE_PATH_NOT_EXPORTED
for (const spec of ['condpkg/internal/hidden.js', 'condpkg/lib/sub.js', 'condpkg/feature/secret', 'sugarpkg/real.js']) {
  try {
    require(spec);
    console.log(spec, 'loaded (unexpected)');
  } catch (e) {
    console.log(spec, e.code);
  }
}
