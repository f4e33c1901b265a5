import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Target } from "@/lib/tester/target";
import { createTesterSession, type TesterSession } from "./session";
import { initialSession, sessionReducer, type SessionState } from "./session-state";
import type { TesterMessages } from "./types";

/** How often the timeline's "now" moves while a session runs. */
const CLOCK_MS = 250;

export type SessionControls = Pick<TesterSession, "connect" | "stop" | "close" | "send">;

export type SessionView = SessionState &
  SessionControls & {
    now: number;
    /**
     * Whether the session exists. It is made in an effect, which runs after the first render
     * (after the paint, in Preact): until then Connect would do nothing, so the forms stay
     * disabled until this is true.
     */
    ready: boolean;
  };

/**
 * The tester's session bound to React: state from a pure reducer, actions from a
 * `createTesterSession` made when the tester mounts and disposed when it unmounts (leaving the
 * page through a client-side link included), so nothing it started outlives it. The session is
 * created in an effect, not during render, so StrictMode's mount–unmount–mount gets a fresh one.
 */
export function useTesterSession({
  m,
  reconnect,
}: {
  m: TesterMessages;
  /** The live value of the "reconnect automatically" checkbox. */
  reconnect: boolean;
}): SessionView {
  const [state, dispatch] = useReducer(sessionReducer, initialSession);
  const session = useRef<TesterSession | null>(null);
  const [ready, setReady] = useState(false);
  // Socket handlers outlive the render that created them: they read the latest props here.
  const latest = useRef({ m, reconnect });
  useEffect(() => {
    latest.current = { m, reconnect };
  }, [m, reconnect]);

  useEffect(() => {
    const s = createTesterSession({
      dispatch,
      messages: () => latest.current.m,
      reconnect: () => latest.current.reconnect,
      origin: () => window.location,
    });
    session.current = s;
    // The one render this causes is what enables the forms (SessionView.ready).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
    return () => {
      session.current = null;
      setReady(false);
      s.dispose();
    };
  }, []);

  const now = useClock(state.status !== "idle");

  const controls = useMemo<SessionControls>(
    () => ({
      connect: (target: Target, opts: { pageAction: boolean }) => session.current?.connect(target, opts),
      stop: () => session.current?.stop(),
      close: (code: string, reason: string) => session.current?.close(code, reason),
      send: (data: string | Uint8Array<ArrayBuffer>) => session.current?.send(data),
    }),
    [],
  );
  return { ...state, ...controls, now, ready };
}

/** performance.now(), refreshed while `running`; the interval stops with it and on unmount. */
function useClock(running: boolean): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(performance.now()), CLOCK_MS);
    return () => clearInterval(id);
  }, [running]);
  return now;
}
