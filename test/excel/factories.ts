// Test data for the adapter: imported tasks as the import step hands them over.
import type { ImportedTask } from "../../src/core/types";

const LEADS = ["Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật"];

export function importedTask(i: number, overrides: Partial<ImportedTask> = {}): ImportedTask {
  const month = (i % 12) + 1;
  return {
    id: `NV${String(i + 1).padStart(2, "0")}`,
    section: `Nhóm ${(i % 3) + 1}`,
    title: `Xây dựng kế hoạch triển khai nhiệm vụ số ${i + 1} về y tế cơ sở`,
    product: "Kế hoạch",
    lead: LEADS[i % LEADS.length],
    partners: ["Văn phòng Sở"].filter((p) => p !== LEADS[i % LEADS.length]),
    deadlineText: `Tháng ${month}/2026`,
    due: `2026-${String(month).padStart(2, "0")}-28`,
    from: null,
    recurring: false,
    warnings: [],
    ...overrides,
  };
}

export function importedTasks(count: number, from = 0): ImportedTask[] {
  return Array.from({ length: count }, (_, i) => importedTask(from + i));
}
