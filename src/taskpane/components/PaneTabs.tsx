// The section tabs: a WAI-ARIA tablist of plain buttons (arrow keys, Home and End move the focus; Enter
// or Space opens a section). Plain CSS on purpose: the tabs paint before Fluent has loaded.
import { useRef, type KeyboardEvent } from "react";
import { FONT_FAMILY, frameColours } from "../officeTheme";

/** Hover and focus rules cannot be inline styles: one small style sheet, added once. */
function ensureStyleSheet(): void {
  if (document.getElementById("tdnv-tabs-css")) return;
  const style = document.createElement("style");
  style.id = "tdnv-tabs-css";
  style.textContent =
    ".tdnv-tab{border:none;border-bottom:3px solid transparent;background:none;cursor:pointer;font:inherit;font-size:14px;line-height:20px;" +
    "padding:6px 8px;color:var(--tdnv-muted)}.tdnv-tab:hover{color:var(--tdnv-text);background:var(--tdnv-hover)}" +
    ".tdnv-tab:focus-visible{outline:2px solid var(--tdnv-focus);outline-offset:-2px}" +
    ".tdnv-tab[aria-selected=true]{color:var(--tdnv-text);font-weight:600;border-bottom-color:var(--tdnv-brand)}";
  document.head.appendChild(style);
}

interface Props<Id extends string> {
  label: string;
  ids: readonly Id[];
  names: Record<Id, string>;
  selected: Id;
  dark: boolean;
  onSelect(id: Id): void;
}

export function PaneTabs<Id extends string>({ label, ids, names, selected, dark, onSelect }: Props<Id>) {
  ensureStyleSheet();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const colours = frameColours(dark);
  const vars = {
    "--tdnv-text": colours.text,
    "--tdnv-muted": colours.muted,
    "--tdnv-brand": colours.brand,
    "--tdnv-hover": colours.hover,
    "--tdnv-focus": colours.focus,
  } as Record<string, string>;

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = ids.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    refs.current[to]?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label={label}
      // Five tabs are wider than a narrow pane (Excel's is about 320 px): the last ones wrap, never scroll.
      style={{ ...vars, display: "flex", flexWrap: "wrap", borderBottom: `1px solid ${colours.stroke}`, paddingInline: "4px", fontFamily: FONT_FAMILY }}
    >
      {ids.map((id, i) => (
        <button
          key={id}
          ref={(node) => {
            refs.current[i] = node;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={id === selected}
          tabIndex={id === selected ? 0 : -1}
          className="tdnv-tab"
          onClick={() => onSelect(id)}
          onKeyDown={(event) => onKeyDown(event, i)}
        >
          {names[id]}
        </button>
      ))}
    </div>
  );
}
