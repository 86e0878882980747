// A short outcome or limitation in a MessageBar.
import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Notice({ intent, title, children }: { intent: MessageBarIntent; title?: string; children: ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "success" ? "status" : undefined}>
      <MessageBarBody style={{ whiteSpace: "pre-line" }}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
