// Every benchmark section, in the order `npm run bench` runs them. Add yours here.
import { deadlinePhrases, judgeAndSummarise } from "./core";
import { importSection } from "./import";
import type { Section } from "./section";
import { workbookSection } from "./workbook";

export const sections: Section[] = [judgeAndSummarise, deadlinePhrases, importSection, workbookSection];
