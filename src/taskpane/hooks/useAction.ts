// One workbook action at a time per section: busy flag, progress, and the error to show.
import { useCallback, useState } from "react";
import type { Progress } from "../../excel/actions";
import { AddinError } from "../../excel/actions";
import { describeError } from "../logic/describeError";

export interface ActionState {
  busy: boolean;
  progress: { fraction: number; label: string } | null;
  error: string | null;
  /** The AddinError code of `error` ("NoTracker" turns into an invitation rather than an error). */
  code: string | null;
}

const IDLE: ActionState = { busy: false, progress: null, error: null, code: null };

export interface Action extends ActionState {
  /** Runs `work`; resolves to its result, or to undefined after showing its error. */
  run<R>(work: (progress: Progress) => Promise<R>): Promise<R | undefined>;
  dismiss(): void;
}

export function useAction(): Action {
  const [state, setState] = useState<ActionState>(IDLE);
  const run = useCallback(async <R,>(work: (progress: Progress) => Promise<R>): Promise<R | undefined> => {
    setState({ busy: true, progress: null, error: null, code: null });
    try {
      const result = await work((fraction, label) => setState((s) => ({ ...s, progress: { fraction, label } })));
      setState(IDLE);
      return result;
    } catch (error) {
      setState({ busy: false, progress: null, error: describeError(error), code: error instanceof AddinError ? error.code : null });
      return undefined;
    }
  }, []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, error: null, code: null })), []);
  return { ...state, run, dismiss };
}
