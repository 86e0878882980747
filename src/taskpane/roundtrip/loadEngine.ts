// ExcelJS and the file code arrive only when a section first needs them, in a chunk of their own.
export function loadEngine() {
  return import(/* webpackChunkName: "roundtrip-xlsx" */ "./xlsxEngine");
}
