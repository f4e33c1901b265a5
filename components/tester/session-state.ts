import type { Attempt, LogEntry } from "./types";

/**
 * The tester session as React state: a pure reducer, so every change is a new object (nothing
 * the UI holds is ever mutated in place) and the whole transition table is in one place.
 */
export type Status = "idle" | "connecting" | "open" | "closing";

export type SessionState = {
  status: Status;
  /** performance.now() at the first attempt: log times and the export are relative to it. */
  startedAt: number;
  log: readonly LogEntry[];
  attempts: readonly Attempt[];
  /** Why Connect did nothing (a bad field, or the constructor threw). */
  connectError: string;
  /** Why close() was not called (it would have thrown). */
  closeError: string;
};

export const initialSession: SessionState = {
  status: "idle",
  startedAt: 0,
  log: [],
  attempts: [],
  connectError: "",
  closeError: "",
};

/** What an attempt learns after it starts; `n` and `messages` have their own actions. */
export type AttemptPatch = Partial<Omit<Attempt, "n" | "messages">>;

export type SessionAction =
  | { type: "start"; at: number }
  | { type: "log"; entry: LogEntry }
  | { type: "attempt"; attempt: Attempt }
  | { type: "patch"; n: number; patch: AttemptPatch }
  | { type: "message"; n: number; t: number }
  | { type: "status"; status: Status }
  | { type: "connectError"; error: string }
  | { type: "closeError"; error: string };

const patchAttempt = (list: readonly Attempt[], n: number, f: (a: Attempt) => Attempt) =>
  list.map((a) => (a.n === n ? f(a) : a));

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "start":
      return { ...state, startedAt: action.at, log: [], attempts: [] };
    case "log":
      return { ...state, log: [...state.log, action.entry] };
    case "attempt":
      return { ...state, attempts: [...state.attempts, action.attempt] };
    case "patch":
      return {
        ...state,
        attempts: patchAttempt(state.attempts, action.n, (a) => ({ ...a, ...action.patch })),
      };
    case "message":
      return {
        ...state,
        attempts: patchAttempt(state.attempts, action.n, (a) => ({
          ...a,
          messages: [...a.messages, action.t],
        })),
      };
    case "status":
      return state.status === action.status ? state : { ...state, status: action.status };
    case "connectError":
      return state.connectError === action.error ? state : { ...state, connectError: action.error };
    case "closeError":
      return state.closeError === action.error ? state : { ...state, closeError: action.error };
  }
}
