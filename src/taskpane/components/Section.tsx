// The common frame of a section: heading, intro, then its content in a column.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  heading: { margin: 0 },
});

export function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={heading}>
      <Subtitle2 as="h2" className={styles.heading}>{heading}</Subtitle2>
      {children}
    </section>
  );
}
