import { setTimeout as delay } from "node:timers/promises";

/** Exit codes a shell gives a command stopped by these signals: 128 + the signal's number. */
export const INTERRUPT_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type InterruptSignal = keyof typeof INTERRUPT_EXIT_CODES;

export interface InterruptHandling {
  /** Undo work in progress (kill Chromium, let Eleventy finish its writes); awaited for at most CLEANUP_LIMIT_MS. */
  cleanup?: () => unknown;
  /** Said after "Interrupted (SIGTERM): the build stopped", e.g. "dist/ was left as it was". */
  note?: () => string | undefined;
}

/**
 * How long an interrupted build waits for its clean-ups before exiting anyway. Usually under 2 s;
 * on a machine loaded 5× Eleventy took over 5 s to finish the writes of its pass, and exiting
 * before that left a staging folder behind (the next build removes it, but the promise is none).
 * A second Ctrl-C exits at once.
 */
export const CLEANUP_LIMIT_MS = 30_000;

const registered = new Set<InterruptHandling>();
let interrupted: InterruptSignal | undefined;

function onSignal(signal: InterruptSignal): void {
  // A second Ctrl-C while cleaning up: stop at once.
  if (interrupted) process.exit(INTERRUPT_EXIT_CODES[interrupted]);
  interrupted = signal;
  const notes = [...registered].map((r) => r.note?.()).filter(Boolean);
  console.error(`Interrupted (${signal}): the build stopped${notes.map((n) => `; ${n}`).join("")}.`);
  const cleanups = Promise.allSettled([...registered].map(async (r) => r.cleanup?.()));
  // process.exit runs the "exit" listeners, which remove staging folders and the build lock.
  void Promise.race([cleanups, delay(CLEANUP_LIMIT_MS)]).finally(() => process.exit(INTERRUPT_EXIT_CODES[signal]));
}

/**
 * Ctrl-C (SIGINT), SIGTERM (kill, a CI runner cancelling) and SIGHUP (the
 * terminal closed) while a build runs: one line saying so, the clean-ups, exit
 * 130, 143 or 129. Without this, Puppeteer's own handlers close the browser
 * under a running render, which then fails as "Target closed" with exit code 1.
 * Returns the function that stops handling (the last one out removes the listeners).
 */
export function catchInterrupts(handling: InterruptHandling = {}): () => void {
  if (registered.size === 0) for (const signal of Object.keys(INTERRUPT_EXIT_CODES)) process.on(signal, onSignal);
  registered.add(handling);
  return () => {
    registered.delete(handling);
    // Once interrupted, keep listening: a second signal must not kill the process before it has cleaned up.
    if (registered.size === 0 && !interrupted)
      for (const signal of Object.keys(INTERRUPT_EXIT_CODES)) process.removeListener(signal, onSignal);
  };
}

/** The signal that interrupted this process, if one did: errors after it are consequences, not news. */
export const interruptedBy = (): InterruptSignal | undefined => interrupted;
