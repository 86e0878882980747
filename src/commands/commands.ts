// Ribbon commands that need no input: Kiểm tra and Cập nhật tổng hợp.
import { UI } from "../core/strings/ui";
import { excelActions } from "../excel";
import { describeError } from "../taskpane/logic/describeError";
import { countBySeverity } from "../taskpane/logic/groupFindings";
import { showNotice, type NoticeText } from "./notify";

async function report(title: string, work: () => Promise<string>, event: Office.AddinCommands.Event): Promise<void> {
  let notice: NoticeText;
  try {
    notice = { kind: "done", title, text: await work() };
  } catch (error) {
    notice = { kind: "error", title, text: describeError(error) };
  }
  await showNotice(notice);
  event.completed();
}

function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  return report(
    UI.notice.checkTitle,
    async () => {
      const findings = await excelActions.runCheck();
      if (findings.length === 0) return UI.notice.checkClean;
      const { errors, warnings } = countBySeverity(findings);
      return UI.notice.checkDone(errors, warnings);
    },
    event,
  );
}

function refreshSummary(event: Office.AddinCommands.Event): Promise<void> {
  return report(
    UI.notice.summaryTitle,
    async () => UI.notice.summaryDone((await excelActions.refreshSummary()).summary.headline.text),
    event,
  );
}

// The page's inline ES5 script defines runCheck / refreshSummary globals for hosts that call commands by
// name; once this bundle runs they hand over to the functions below.
const page = window as unknown as { TDNV_STARTED?: boolean; TDNV_COMMANDS?: Record<string, (event: Office.AddinCommands.Event) => Promise<void>> };
page.TDNV_STARTED = true;
page.TDNV_COMMANDS = { runCheck, refreshSummary };

void Office.onReady().then(() => {
  Office.actions.associate("runCheck", runCheck);
  Office.actions.associate("refreshSummary", refreshSummary);
});
