// One workbook action at a time per section: busy flag, progress, and the error to show.
import { useCallback, useState } from "react";
import type { Progress } from "../../excel/actions";
import { describeError } from "../logic/describeError";

export interface ActionState {
  busy: boolean;
  progress: { fraction: number; label: string } | null;
  error: string | null;
}

const IDLE: ActionState = { busy: false, progress: null, error: null };

export interface Action extends ActionState {
  /** Runs `work`; resolves to its result, or to undefined after showing its error. */
  run<R>(work: (progress: Progress) => Promise<R>): Promise<R | undefined>;
  dismiss(): void;
}

export function useAction(): Action {
  const [state, setState] = useState<ActionState>(IDLE);
  const run = useCallback(async <R,>(work: (progress: Progress) => Promise<R>): Promise<R | undefined> => {
    setState({ busy: true, progress: null, error: null });
    try {
      const result = await work((fraction, label) => setState((s) => ({ ...s, progress: { fraction, label } })));
      setState(IDLE);
      return result;
    } catch (error) {
      setState({ busy: false, progress: null, error: describeError(error) });
      return undefined;
    }
  }, []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { ...state, run, dismiss };
}
