// Every benchmark section, in the order `npm run bench` runs them. Add yours here.
import { deadlinePhrases, judgeAndSummarise } from "./core";
import type { Section } from "./section";

export const sections: Section[] = [judgeAndSummarise, deadlinePhrases];
