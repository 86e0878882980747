// The notice dialog opened by a ribbon command: title, text and a close button, from the query string.
import { UI } from "../core/strings/ui";

function show(): void {
  const params = new URLSearchParams(location.search);
  const title = document.getElementById("title")!;
  title.textContent = params.get("title") ?? "";
  if (params.get("kind") === "error") title.className = "error";
  document.getElementById("text")!.textContent = params.get("text") ?? "";
  const close = document.getElementById("close") as HTMLButtonElement;
  close.textContent = UI.notice.close;
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  close.focus();
}

// The page's inline ES5 script fills the dialog itself only when this bundle could not run.
(window as unknown as { TDNV_STARTED?: boolean }).TDNV_STARTED = true;

if (typeof Office === "undefined") show();
else void Office.onReady().then(show);
