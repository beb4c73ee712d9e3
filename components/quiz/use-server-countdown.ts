"use client";

import { useEffect, useState } from "react";

/**
 * Milliseconds left until `deadline`, on the server's clock: the offset between `serverNow` and
 * this device's clock is measured once, when the page starts, so a device clock that is wrong or
 * changed during the attempt changes nothing. Display only — the server enforces the deadline.
 */
export function useServerCountdown(deadline: string, serverNow: string): number {
  const end = Date.parse(deadline);
  const serverStart = Date.parse(serverNow);
  const [left, setLeft] = useState(() => Math.max(0, end - serverStart));

  useEffect(() => {
    const offset = serverStart - Date.now();
    const tick = () => setLeft(Math.max(0, end - (Date.now() + offset)));
    tick();
    const id = setInterval(tick, 500);
    return () => clearInterval(id);
  }, [end, serverStart]);

  return left;
}

/** "mm:ss" (or "h:mm:ss"), rounded up so the display reaches 00:00 exactly at the deadline. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * What the screen-reader live region says: it changes only when a threshold is crossed (5 min,
 * 1 min, time up), never every second.
 */
export function timeAnnouncement(ms: number): string {
  if (ms <= 0) return "Đã hết giờ làm bài. Bài thi đang được nộp tự động.";
  if (ms <= 60_000) return "Còn 1 phút làm bài.";
  if (ms <= 300_000) return "Còn 5 phút làm bài.";
  return "";
}
