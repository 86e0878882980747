// What a benchmark section is. Sections print figures; none asserts a timing.

export interface Row {
  label: string;
  /** Milliseconds, or null when the thing measured is not available yet. */
  ms: number | null;
  note?: string;
}

export interface Section {
  name: string;
  run(): Promise<Row[]> | Row[];
}
