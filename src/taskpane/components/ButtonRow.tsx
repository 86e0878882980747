// Buttons side by side, wrapping in a narrow pane.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className={useStyles().root}>{children}</div>;
}
