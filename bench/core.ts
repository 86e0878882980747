// Sections for the pure core: judging and summarising, reading deadline phrases.
import { parseDeadline } from "../src/core/deadline/parseDeadline";
import { summarise } from "../src/core/summary";
import { makePhrases, makeTasks } from "./fixtures";
import { medianMs, perItem } from "./measure";
import type { Row, Section } from "./section";

export const judgeAndSummarise: Section = {
  name: "core: judge + summarise",
  run(): Row[] {
    return [1_000, 10_000, 100_000].map((size) => {
      const tasks = makeTasks(size);
      const ms = medianMs(() => summarise(tasks, { asOf: "2026-06-30" }), size >= 100_000 ? 5 : 9);
      return { label: `${size.toLocaleString("en")} tasks`, ms, note: perItem(ms, size, "task") };
    });
  },
};

const PHRASES = 10_000;

export const deadlinePhrases: Section = {
  name: "core: parseDeadline",
  run(): Row[] {
    const phrases = makePhrases(PHRASES);
    const label = `${PHRASES.toLocaleString("en")} deadline phrases`;
    try {
      parseDeadline(phrases[0], 2026);
    } catch (error) {
      if (error instanceof Error && error.message === "not implemented") {
        return [{ label, ms: null, note: "parseDeadline not implemented yet" }];
      }
      throw error;
    }
    let failures = 0;
    let unknown = 0;
    const ms = medianMs(() => {
      failures = 0;
      unknown = 0;
      for (const phrase of phrases) {
        try {
          if (parseDeadline(phrase, 2026).kind === "unknown") unknown++;
        } catch {
          failures++;
        }
      }
    }, 5);
    const problems = [failures && `${failures} threw`, unknown && `${unknown} unknown`].filter(Boolean);
    return [{ label, ms, note: [perItem(ms, PHRASES, "phrase"), ...problems].join(", ") }];
  },
};
