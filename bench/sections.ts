// Every benchmark section, in the order `npm run bench` runs them. Add yours here.
import { deadlinePhrases, judgeAndSummarise } from "./core";
import { importSection } from "./import";
import { libreOfficeSection } from "./libreOffice";
import { mergeSection } from "./merge";
import { scaleSection } from "./scale";
import type { Section } from "./section";
import { splitSection } from "./split";
import { workbookSection } from "./workbook";

export const sections: Section[] = [judgeAndSummarise, deadlinePhrases, importSection, workbookSection, splitSection, mergeSection, libreOfficeSection, scaleSection];
