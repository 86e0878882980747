// Ties each fake class to the real @types/office-js class: `implements Mirror<Excel.Range, "values" | ...>`
// makes a renamed member, a changed property type or a changed parameter list a compile error.
// Methods that return proxy objects return fakes here, so only their parameters are compared.

type Fakeish<R> = R extends OfficeExtension.ClientObject ? unknown : R extends OfficeExtension.ClientResult<infer V> ? { value: V } : R;

export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R
    ? (...args: A) => Fakeish<R>
    : T[P] extends OfficeExtension.ClientObject
      ? unknown
      : T[P] extends readonly OfficeExtension.ClientObject[]
        ? readonly unknown[]
        : T[P];
};
