// The package types only its index, which also pulls the whole Readability parser into the
// bundle; the readerable check alone is a small CommonJS file whose export is the function.
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
