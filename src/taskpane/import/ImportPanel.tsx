// Tạo bảng theo dõi: read a directive (active sheet or pasted text), preview its tasks, create the tracker.
import { APPEND_TEXT } from "../../core/strings/workbook";
import { Button, Caption1, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { Catalog } from "../../core/types";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import type { PanelProps } from "../components/PanelProps";
import { Section } from "../components/Section";
import { Unavailable } from "../components/Unavailable";
import { useAction } from "../hooks/useAction";
import { catalogNote } from "../logic/catalogNote";
import { describeError } from "../logic/describeError";
import { importSource, type ImportSource } from "../logic/importSource";
import { ImportWarnings } from "./ImportWarnings";
import { PlanYearField } from "./PlanYearField";
import { SourceChoice, type SourceKind } from "./SourceChoice";
import { TaskPreview } from "./TaskPreview";

export default function ImportPanel({ actions, capabilities, active }: PanelProps) {
  const action = useAction();
  const { run } = action;
  const [kind, setKind] = useState<SourceKind>("sheet");
  const [text, setText] = useState("");
  const [planYear, setPlanYear] = useState(() => new Date().getFullYear());
  const [source, setSource] = useState<ImportSource | null>(null);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  // Units are matched against the workbook's Danh mục, which users edit: read it whenever the section is
  // shown, so that the note says which catalog the next preview will use.
  const loadCatalog = useCallback(async () => {
    const read = await run(() => actions.readCatalog());
    if (read) setCatalog(read);
  }, [run, actions]);
  useEffect(() => {
    if (active) void loadCatalog();
  }, [active, loadCatalog]);

  // Re-read on every plan-year change: the year decides the due dates of phrases without one.
  const imported = useMemo(() => {
    if (!source || !catalog) return null;
    try {
      return { result: importSource(source, planYear, catalog), error: null };
    } catch (error) {
      return { result: null, error: describeError(error) };
    }
  }, [source, planYear, catalog]);
  const tasks = imported?.result?.tasks ?? [];

  async function preview() {
    setOutcome(null);
    setHint(null);
    if (kind === "text" && text.trim() === "") {
      setSource(null);
      setHint(UI.import.emptyText);
      return;
    }
    // The catalog again: Danh mục may have been edited since the section was shown.
    const read = await run(async () => ({
      catalog: await actions.readCatalog(),
      sheet: kind === "sheet" ? await actions.readActiveSheet() : null,
    }));
    if (!read) return;
    setCatalog(read.catalog);
    setSource(read.sheet ? { kind: "sheet", ...read.sheet } : { kind: "text", text });
  }

  async function create() {
    setOutcome(null);
    const done = await run((progress) => actions.createOrExtendTracker(tasks, planYear, progress));
    if (!done) return;
    const head = done.created ? UI.import.created(done.added) : UI.import.extended(done.added, done.skipped);
    setOutcome([head, ...done.renamed.map((r) => APPEND_TEXT.renamed(r.from, r.to, r.title)), ...(done.notes ?? [])].join("\n"));
  }

  return (
    <Section heading={UI.headings.import}>
      <SourceChoice kind={kind} text={text} onKind={setKind} onText={setText} />
      <PlanYearField value={planYear} onChange={setPlanYear} />
      {catalog && <Caption1>{catalogNote(catalog)}</Caption1>}
      <ButtonRow>
        <Button onClick={preview} disabled={action.busy}>
          {UI.import.preview}
        </Button>
        <Button appearance="primary" onClick={create} disabled={action.busy || tasks.length === 0}>
          {UI.import.create}
        </Button>
      </ButtonRow>
      <ActionStatus action={action} />
      {hint && <Notice intent="warning">{hint}</Notice>}
      {outcome && <Notice intent="success">{outcome}</Notice>}
      {imported?.error && <Notice intent="error">{imported.error}</Notice>}
      {imported?.result && source && (
        <>
          <Text role="status">
            {tasks.length === 0
              ? UI.import.noTasks
              : source.kind === "sheet"
                ? UI.import.fromSheet(source.sheet, tasks.length)
                : UI.import.fromText(tasks.length)}
          </Text>
          {imported.result.notices.map((notice, i) => (
            <Notice key={i} intent="warning">
              {notice}
            </Notice>
          ))}
          {tasks.length > 0 && <TaskPreview tasks={tasks} />}
          <ImportWarnings result={imported.result} source={source} />
        </>
      )}
      {!capabilities.dataValidation && <Unavailable reason={UI.import.noDropdowns} />}
      {!capabilities.freezePanes && <Unavailable reason={UI.import.noFreeze} />}
    </Section>
  );
}
