// The Fluent theme that matches Office's own (dark or light), when the host tells us.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { isDarkColor } from "./logic/isDarkColor";

export function themeFromOffice(): Theme {
  // Excel on the web and hosts without themes leave officeTheme undefined: light it is.
  const theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  return theme?.bodyBackgroundColor && isDarkColor(theme.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
