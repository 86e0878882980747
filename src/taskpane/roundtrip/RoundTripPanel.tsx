// Gửi & nhận: the email round trip in the pane. Three sections under one tab (a tab each would not fit
// a 360 px pane): send each unit its workbook, take the returns back in, and draft reminders.
import type { PanelProps } from "../components/PanelProps";
import { ReceiveSection } from "./ReceiveSection";
import { RemindSection } from "./RemindSection";
import { SendSection } from "./SendSection";

export default function RoundTripPanel({ actions }: PanelProps) {
  return (
    <>
      <SendSection actions={actions} />
      <ReceiveSection actions={actions} />
      <RemindSection actions={actions} />
    </>
  );
}
