// A feature the host's Excel lacks, with the reason, instead of a failure later.
import { UI } from "../../core/strings/ui";
import { Notice } from "./Notice";

export function Unavailable({ reason }: { reason: string }) {
  return (
    <Notice intent="info" title={UI.unavailableTitle}>
      {reason}
    </Notice>
  );
}
