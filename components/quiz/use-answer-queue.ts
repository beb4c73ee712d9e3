"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { saveAnswer, savePrediction, type QuizReply } from "./quiz-api";

export type SaveStatus = "saving" | "saved" | "queued" | "refused";

export type QueueEntry = { key: string; kind: "answer"; position: number; display: number; token: string } | { key: string; kind: "prediction"; value: number };

export const PREDICTION_KEY = "prediction";
export const answerKey = (position: number) => `q${position}`;
const storageKeyOf = (attemptId: string) => `quiz-pending:${attemptId}`;

const MAX_RETRY_MS = 30_000;

function subscribeOnline(notify: () => void): () => void {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
}

function readStored(attemptId: string): QueueEntry[] {
  try {
    const raw = window.localStorage.getItem(storageKeyOf(attemptId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as QueueEntry[]) : [];
  } catch {
    return [];
  }
}

/**
 * The page's outbox of choices. Each choice is sent at once; per question only one request is in
 * flight and only the newest unsent value waits behind it, so the server's "last write wins" sees
 * the participant's choices in order. Unsent choices survive a lost connection (memory and
 * localStorage keyed by attempt) and are resent on `online` and by a backoff timer.
 */
export function useAnswerQueue(attemptId: string, onRestore: (entries: QueueEntry[]) => void, initialPrediction: number | null = null) {
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  // The prediction the server is known to hold (it confirmed the save, or the page loaded with it)
  // and the newest one handed to the outbox: the page says "saved" only for the first.
  const [savedPrediction, setSavedPrediction] = useState<number | null>(initialPrediction);
  const [sentPrediction, setSentPrediction] = useState<number | null>(null);
  const [connectionLost, setConnectionLost] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

  const pending = useRef(new Map<string, QueueEntry>());
  const inFlight = useRef(new Map<string, Promise<void>>());
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const setStatus = useCallback((key: string, status: SaveStatus) => {
    setStatuses((prev) => (prev[key] === status ? prev : { ...prev, [key]: status }));
  }, []);

  const persist = useCallback(() => {
    try {
      if (pending.current.size === 0) window.localStorage.removeItem(storageKeyOf(attemptId));
      else window.localStorage.setItem(storageKeyOf(attemptId), JSON.stringify([...pending.current.values()]));
    } catch {
      // Private mode or a full storage: the in-memory outbox still works.
    }
  }, [attemptId]);

  const scheduleRetry = useCallback(() => {
    if (retryTimer.current) return;
    const delay = Math.min(MAX_RETRY_MS, 1000 * 2 ** failures.current);
    failures.current += 1;
    retryTimer.current = setTimeout(() => {
      retryTimer.current = null;
      void flushRef.current();
    }, delay);
  }, []);

  const sendKey = useCallback(
    (key: string): Promise<void> => {
      // The newest prediction in the outbox, also one restored from an earlier visit.
      const waiting = pending.current.get(key);
      if (waiting?.kind === "prediction") setSentPrediction(waiting.value);
      const running = inFlight.current.get(key);
      if (running) return running;
      if (!pending.current.has(key)) return Promise.resolve();
      if (!navigator.onLine) {
        setStatus(key, "queued");
        return Promise.resolve();
      }
      const run = async () => {
        for (;;) {
          const entry = pending.current.get(key);
          if (!entry) return;
          if (!navigator.onLine) {
            setStatus(key, "queued");
            return;
          }
          setStatus(key, "saving");
          let result: QuizReply<{ savedAt: string }>;
          try {
            result = entry.kind === "answer" ? await saveAnswer(attemptId, entry.position, entry.token) : await savePrediction(attemptId, entry.value);
          } catch {
            // The request did not complete (network, server restart): keep it and try again later.
            setStatus(key, "queued");
            setConnectionLost(true);
            scheduleRetry();
            return;
          }
          if (!result.ok && "retryable" in result && result.retryable) {
            // The server was busy and wrote nothing: keep the choice and send it again shortly.
            setStatus(key, "queued");
            scheduleRetry();
            return;
          }
          failures.current = 0;
          setConnectionLost(false);
          if (result.ok && entry.kind === "prediction") setSavedPrediction(entry.value);
          if (pending.current.get(key) !== entry) continue; // a newer choice waits: send it now
          pending.current.delete(key);
          persist();
          if (result.ok) setStatus(key, "saved");
          else {
            setStatus(key, "refused");
            setRefusal(result.error);
          }
          return;
        }
      };
      // The loop always awaits the request first, so this runs after the promise is registered.
      const promise: Promise<void> = run().finally(() => {
        if (inFlight.current.get(key) === promise) inFlight.current.delete(key);
      });
      inFlight.current.set(key, promise);
      return promise;
    },
    [attemptId, persist, scheduleRetry, setStatus],
  );

  const flush = useCallback(async () => {
    const keys = new Set([...pending.current.keys(), ...inFlight.current.keys()]);
    await Promise.all([...keys].map((k) => sendKey(k)));
  }, [sendKey]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const enqueue = useCallback(
    (entry: QueueEntry) => {
      pending.current.set(entry.key, entry);
      persist();
      void sendKey(entry.key);
    },
    [persist, sendKey],
  );

  // Choices left unsent by an earlier visit of this page (on this device) are shown and resent.
  useEffect(() => {
    const stored = readStored(attemptId);
    if (stored.length === 0) return;
    for (const e of stored) pending.current.set(e.key, e);
    onRestore(stored);
    void flushRef.current();
    // Only once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attemptId]);

  // Back online: resend at once rather than waiting for the backoff timer.
  useEffect(() => {
    if (!online) return;
    if (retryTimer.current) {
      clearTimeout(retryTimer.current);
      retryTimer.current = null;
    }
    failures.current = 0;
    void flushRef.current();
  }, [online]);

  useEffect(
    () => () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
    },
    [],
  );

  const clearStorage = useCallback(() => {
    pending.current.clear();
    persist();
  }, [persist]);

  const hasUnsent = Object.values(statuses).includes("queued");
  return {
    statuses,
    offline: !online || connectionLost || hasUnsent,
    refusal,
    enqueueAnswer: (position: number, display: number, token: string) => enqueue({ key: answerKey(position), kind: "answer", position, display, token }),
    savedPrediction,
    sentPrediction,
    enqueuePrediction: (value: number) => {
      setSentPrediction(value);
      enqueue({ key: PREDICTION_KEY, kind: "prediction", value });
    },
    flush,
    clearStorage,
  };
}
