// The pane: five sections behind tabs. A section mounts when first opened and then stays mounted
// (hidden) so its results survive switching tabs. The tabs are plain React and paint at once; Fluent
// (FluentShell) and each section load after them.
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { TrackerActions } from "../../excel/actions";
import { frameColours } from "../officeTheme";
import { GoToImport } from "./navigation";
import { PaneTabs } from "./PaneTabs";
import { withRevisions } from "./revisions";
import type { PanelProps } from "./PanelProps";

const FluentShell = lazy(() => import(/* webpackChunkName: "fluent" */ "./FluentShell"));
const PANELS = {
  import: lazy(() => import(/* webpackChunkName: "import" */ "../import/ImportPanel")),
  check: lazy(() => import(/* webpackChunkName: "check" */ "../check/CheckPanel")),
  tracking: lazy(() => import(/* webpackChunkName: "tracking" */ "../tracking/TrackingPanel")),
  summary: lazy(() => import(/* webpackChunkName: "summary" */ "../summary/SummaryPanel")),
  roundTrip: lazy(() => import(/* webpackChunkName: "roundtrip" */ "../roundtrip/RoundTripPanel")),
};
type PanelId = keyof typeof PANELS;
const PANEL_IDS = Object.keys(PANELS) as PanelId[];

export function App({ actions, dark = false }: { actions: TrackerActions; dark?: boolean }) {
  const capabilities = useMemo(() => actions.capabilities(), [actions]);
  // Bumped after every command that changes the task table, so a section re-reads only when it must.
  const [revision, setRevision] = useState(0);
  const tracked = useMemo(() => withRevisions(actions, () => setRevision((r) => r + 1)), [actions]);
  const [selected, setSelected] = useState<PanelId>("import");
  const [opened, setOpened] = useState<PanelId[]>(["import"]);

  const select = useCallback((id: PanelId) => {
    setSelected(id);
    setOpened((list) => (list.includes(id) ? list : [...list, id]));
  }, []);
  const goToImport = useCallback(() => select("import"), [select]);
  const loading = (
    <p role="status" style={{ padding: "16px", margin: 0, color: frameColours(dark).muted }}>
      {UI.loading}
    </p>
  );

  return (
    <GoToImport.Provider value={goToImport}>
      <main style={{ display: "flex", flexDirection: "column" }}>
        <PaneTabs label={UI.tabsLabel} ids={PANEL_IDS} names={UI.tabs} selected={selected} dark={dark} onSelect={select} />
        <Suspense fallback={loading}>
          <FluentShell dark={dark}>
            {PANEL_IDS.filter((id) => opened.includes(id)).map((id) => {
              const Panel = PANELS[id];
              const props: PanelProps = { actions: tracked, capabilities, active: id === selected, revision };
              return (
                <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== selected}>
                  <Suspense fallback={loading}>
                    <Panel {...props} />
                  </Suspense>
                </div>
              );
            })}
          </FluentShell>
        </Suspense>
      </main>
    </GoToImport.Provider>
  );
}
