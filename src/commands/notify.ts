// Tells the user how a ribbon command went, in a small dialog (Excel has no notification bar for
// add-ins). The command stays open until the dialog closes: completing it would unload the dialog too.
export type NoticeKind = "done" | "error";

export interface NoticeText {
  kind: NoticeKind;
  title: string;
  text: string;
}

export function noticeUrl(base: string, notice: NoticeText): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("kind", notice.kind);
  url.searchParams.set("title", notice.title);
  url.searchParams.set("text", notice.text);
  return url.toString();
}

export function showNotice(notice: NoticeText): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      // Old hosts: the outcome is still on the Kiểm tra / Tổng hợp sheet.
      resolve();
      return;
    }
    Office.context.ui.displayDialogAsync(noticeUrl(location.href, notice), { height: 30, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      const close = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
