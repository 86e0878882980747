// Fluent UI for the sections, in a chunk of its own: the provider, its themes and its style engine load
// while the tabs are already on screen, so the pane's first download is React and the frame alone.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";

export default function FluentShell({ dark, children }: { dark: boolean; children: ReactNode }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}
