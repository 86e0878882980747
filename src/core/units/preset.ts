import type { Catalog } from "../types";

/** A typical Sở Y tế. Data only: provinces edit it in the workbook's Danh mục sheet. */
export const DEFAULT_CATALOG: Catalog = { units: [], leaders: [] };
