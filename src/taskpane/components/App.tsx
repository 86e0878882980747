// The pane: five sections behind tabs. A section mounts when first opened and then stays mounted
// (hidden) so its results survive switching tabs.
import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { TrackerActions } from "../../excel/actions";
import type { PanelProps } from "./PanelProps";

const PANELS = {
  import: lazy(() => import(/* webpackChunkName: "import" */ "../import/ImportPanel")),
  check: lazy(() => import(/* webpackChunkName: "check" */ "../check/CheckPanel")),
  tracking: lazy(() => import(/* webpackChunkName: "tracking" */ "../tracking/TrackingPanel")),
  summary: lazy(() => import(/* webpackChunkName: "summary" */ "../summary/SummaryPanel")),
  roundTrip: lazy(() => import(/* webpackChunkName: "roundtrip" */ "../roundtrip/RoundTripPanel")),
};
type PanelId = keyof typeof PANELS;
const PANEL_IDS = Object.keys(PANELS) as PanelId[];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column" },
  tabs: {
    // Five tabs are wider than a narrow pane (Excel's is about 320 px): the last ones wrap, never scroll.
    flexWrap: "wrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  // Tighter than Fluent's small tab, so the four fit on one line in a 360 px pane.
  tab: { paddingInline: tokens.spacingHorizontalXXS },
  loading: { padding: tokens.spacingVerticalL },
});

export function App({ actions }: { actions: TrackerActions }) {
  const styles = useStyles();
  const capabilities = useMemo(() => actions.capabilities(), [actions]);
  const [selected, setSelected] = useState<PanelId>("import");
  const [opened, setOpened] = useState<PanelId[]>(["import"]);

  const select = (id: PanelId) => {
    setSelected(id);
    setOpened((list) => (list.includes(id) ? list : [...list, id]));
  };

  return (
    <main className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => select(data.value as PanelId)}
        aria-label={UI.tabsLabel}
      >
        {PANEL_IDS.map((id) => (
          <Tab key={id} className={styles.tab} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {UI.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {PANEL_IDS.filter((id) => opened.includes(id)).map((id) => {
        const Panel = PANELS[id];
        const props: PanelProps = { actions, capabilities, active: id === selected };
        return (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== selected}>
            <Suspense fallback={<Spinner className={styles.loading} size="small" label={UI.loading} />}>
              <Panel {...props} />
            </Suspense>
          </div>
        );
      })}
    </main>
  );
}
