// File names from unit names: plain ASCII, because mail clients, zip tools and old Windows shares
// still mangle Vietnamese letters in names.
const MAX_STEM = 60;

/** "Phòng Kế hoạch - Tài chính" → "Phong-Ke-hoach-Tai-chinh"; "" when nothing is left. */
export function asciiStem(text: string): string {
  const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  return folded
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_STEM)
    .replace(/-+$/, "");
}

/**
 * Names that stay distinct in one folder: units whose names fold alike ("Phòng Y tế" / "Phòng Ý tế")
 * get "-2", "-3"; compared without case, as Windows and macOS folders compare them.
 */
export function uniqueFileNames(stems: string[], extension: string, fallback: string): string[] {
  const taken = new Set<string>();
  return stems.map((raw) => {
    const stem = asciiStem(raw) || fallback;
    let name = `${stem}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
