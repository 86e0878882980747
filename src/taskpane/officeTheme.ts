// Whether Office is in a dark theme (desktop Office tells; Excel on the web leaves it undefined: light).
// No Fluent here: the pane's first paint (its tabs) does not wait for Fluent (see components/FluentShell).
import { isDarkColor } from "./logic/isDarkColor";

export function officeIsDark(): boolean {
  const theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  return Boolean(theme?.bodyBackgroundColor && isDarkColor(theme.bodyBackgroundColor));
}

/** The few colours the pane's own frame (tabs, page) uses before Fluent loads: Fluent's web tokens. */
export function frameColours(dark: boolean) {
  return dark
    ? { page: "#292929", text: "#ffffff", muted: "#d6d6d6", stroke: "#525252", brand: "#479ef5", hover: "#3d3d3d", focus: "#ffffff" }
    : { page: "#ffffff", text: "#242424", muted: "#424242", stroke: "#e0e0e0", brand: "#0f6cbd", hover: "#f5f5f5", focus: "#000000" };
}

/** Fluent's font stack. */
export const FONT_FAMILY = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";
