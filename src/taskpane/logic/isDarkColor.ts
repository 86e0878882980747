// Office reports its theme as colours; the pane picks Fluent's dark theme when the body is dark.

/** True for a #RRGGBB (or RRGGBB) colour whose relative luminance is under one half. */
export function isDarkColor(color: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => linear(parseInt(h, 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ** 2.2;
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
