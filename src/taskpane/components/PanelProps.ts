import type { Capabilities, TrackerActions } from "../../excel/actions";

/** What every section receives: the workbook actions and what the host's Excel can do. */
export interface PanelProps {
  actions: TrackerActions;
  capabilities: Capabilities;
  /** True while the section is the one shown (sections stay mounted when hidden). */
  active: boolean;
  /** Counts the commands that changed the task table since the pane opened (a section re-reads when it moves). */
  revision: number;
}
