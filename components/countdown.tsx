"use client";

import { useEffect, useState } from "react";

/**
 * Time left until `target`, synchronised from the server's clock: the offset between the server's
 * `serverNow` and this device's clock is measured once, so a wrong device clock changes nothing.
 */
export function Countdown({ target, serverNow, label }: { target: string; serverNow: string; label: string }) {
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    // The page may be served from a cache: start from its serverNow, then ask the server's clock
    // once (half the round trip is the best estimate of the answer's age).
    let offset = Date.parse(serverNow) - Date.now();
    const end = Date.parse(target);
    const tick = () => setLeft(Math.max(0, end - (Date.now() + offset)));
    tick();
    const id = setInterval(tick, 1000);
    const sent = Date.now();
    fetch("/api/time", { cache: "no-store" })
      .then((r) => r.json() as Promise<{ now: string }>)
      .then(({ now }) => {
        const received = Date.now();
        offset = Date.parse(now) + (received - sent) / 2 - received;
        tick();
      })
      .catch(() => undefined);
    return () => clearInterval(id);
  }, [target, serverNow]);

  const parts = splitDuration(left ?? Math.max(0, Date.parse(target) - Date.parse(serverNow)));
  return (
    <div role="timer" aria-label={`${label}: ${parts.days} ngày ${parts.hours} giờ ${parts.minutes} phút`}>
      <p className="text-sm text-slate-600">{label}</p>
      <div className="mt-1 flex gap-2 tabular-nums" aria-hidden="true">
        {[
          [parts.days, "ngày"],
          [parts.hours, "giờ"],
          [parts.minutes, "phút"],
          [parts.seconds, "giây"],
        ].map(([value, unit]) => (
          <span key={unit} className="flex min-w-14 flex-col items-center rounded-lg bg-brand-700 px-2 py-1 text-white">
            <span className="text-xl font-bold">{String(value).padStart(2, "0")}</span>
            <span className="text-xs">{unit}</span>
          </span>
        ))}
      </div>
    </div>
  );
}

function splitDuration(ms: number) {
  const total = Math.floor(ms / 1000);
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}
