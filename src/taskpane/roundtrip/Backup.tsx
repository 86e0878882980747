// The way back before the pane writes into the workbook: Office.js has no undo for an add-in's
// changes, so before applying returns or adding rows the pane downloads a copy of the workbook as it
// is (on by default). Taking the copy happens inside the action, before its first write: when it
// fails, the action stops there and nothing is written.
import { Caption1, Checkbox, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { OpenWorkbookSupport, Progress, TrackerActions } from "../../excel/actions";
import { Notice } from "../components/Notice";
import { Unavailable } from "../components/Unavailable";
import { backupFileName, startDownload, xlsxUrl } from "./download";

const T = UI.roundTrip.backup;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface Backup {
  support: OpenWorkbookSupport;
  wanted: boolean;
  setWanted(on: boolean): void;
  /** The copy downloaded last, kept as a link in case the browser did not save it. */
  taken: { fileName: string; url: string } | null;
  /** Takes and downloads the copy when wanted and possible; throws (so nothing is written) when it fails. */
  beforeWriting(progress: Progress): Promise<void>;
}

export function useBackup(actions: TrackerActions): Backup {
  const support = useMemo(() => actions.workbookCopySupport?.() ?? { supported: false, reason: T.unsupported }, [actions]);
  const [wanted, setWanted] = useState(true);
  const [taken, setTaken] = useState<Backup["taken"]>(null);

  // The URL holds the copy's bytes until revoked: let go of it when a newer copy replaces it.
  useEffect(() => () => (taken ? URL.revokeObjectURL(taken.url) : undefined), [taken]);

  const beforeWriting = useCallback(
    async (progress: Progress) => {
      if (!wanted || !support.supported || !actions.copyWorkbook) return;
      const copy = await actions.copyWorkbook(progress);
      const fileName = backupFileName(copy.fileName, new Date());
      const url = xlsxUrl(copy.bytes);
      startDownload(url, fileName);
      setTaken({ fileName, url });
    },
    [actions, support.supported, wanted],
  );

  return { support, wanted, setWanted, taken, beforeWriting };
}

/** The option (or why there is none), and the copy taken last. */
export function BackupOption({ backup, disabled }: { backup: Backup; disabled: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {backup.support.supported ? (
        <>
          <Checkbox checked={backup.wanted} disabled={disabled} onChange={(_, data) => backup.setWanted(data.checked === true)} label={T.option} />
          <Caption1>{T.hint}</Caption1>
        </>
      ) : (
        backup.support.reason && <Unavailable reason={backup.support.reason} />
      )}
    </div>
  );
}

export function BackupTaken({ backup }: { backup: Backup }) {
  if (!backup.taken) return null;
  const { fileName, url } = backup.taken;
  return (
    <Notice intent="info">
      {T.saved(fileName)}{" "}
      <Link href={url} download={fileName} aria-label={T.againLabel(fileName)}>
        {T.again}
      </Link>
    </Notice>
  );
}
