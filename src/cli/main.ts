// `tracker <command> ...`: one thin entry; each command lives in its own module and returns its exit code.
import { writeSync } from "node:fs";
import { printable, quietOnClosedPipe } from "./format/output";

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  deadline: () => import("./commands/deadline"),
  import: () => import("./commands/import"),
  build: () => import("./commands/build"),
  check: () => import("./commands/check"),
  summary: () => import("./commands/summary"),
  merge: () => import("./commands/merge"),
  split: () => import("./commands/split"),
  remind: () => import("./commands/remind"),
  snapshot: () => import("./commands/snapshot"),
};

const USAGE = [
  "Cách dùng: tracker <lệnh> ...",
  "  deadline [--year YYYY] [CỤM TỪ ...]",
  "  import TỆP [--year YYYY]",
  "  build ĐẦU_VÀO --out TỆP.xlsx [--year YYYY] [--as-of YYYY-MM-DD]",
  "  check TỆP.xlsx [--json]",
  "  summary TỆP.xlsx [--as-of YYYY-MM-DD] [--json]",
  "  merge TRACKER.xlsx RETURN.xlsx... [--out MERGED.xlsx] [--json]",
  "  split TỆP.xlsx --out THƯ_MỤC [--expand-groups] [--json]",
  "  remind TỆP.xlsx [--as-of YYYY-MM-DD] [--out THƯ_MỤC [--attach]] [--json]",
  "  snapshot TỆP.xlsx --as-of YYYY-MM-DD [--out TỆP_MỚI.xlsx] [--json]",
].join("\n");

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    writeSync(2, USAGE + "\n");
    return 2;
  }
  const command = await load();
  return command.run(args);
}

quietOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    writeSync(2, printable(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 2;
  },
);
