// Kept equal to package.json's version (a test checks it), so the bundle needs no package.json at run time.
export const VERSION = "0.1.0";
