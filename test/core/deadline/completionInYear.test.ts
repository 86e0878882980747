// "Riêng năm 2020 hoàn thành trong quý II/2020": the completion inside the framing year is the deadline.
import { parseDeadline } from "../../../src/core/deadline/parseDeadline";

test.each([
  ["Riêng năm 2020 hoàn thành trong quý II/2020", 2020, "2020-06-30"],
  ["Năm 2026, hoàn thành trước ngày 30/11/2026", 2026, "2026-11-30"],
  ["Riêng năm 2026 hoàn thành trong quý III/2026", 2026, "2026-09-30"],
])("%s is due %s", (phrase, year, due) => {
  expect(parseDeadline(phrase, year).due).toBe(due);
});

test("a long list of periods ends at its latest part", () => {
  const phrase = "Quý I/2026, ".repeat(150) + "Quý II/2026";
  expect(parseDeadline(phrase, 2026).due).toBe("2026-06-30");
});
