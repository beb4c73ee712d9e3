"use client";
// Attempts and participants per day (recharts). Hidden from screen readers: the daily table beside
// it carries the same numbers.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface DailyPoint {
  label: string;
  attempts: number;
  participants: number;
}

export function DailyLineChart({ data }: { data: DailyPoint[] }) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height: 260 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 260 }}>
        <LineChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="attempts" name="Lượt thi" stroke="#1d4ed8" dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="participants" name="Người thi trong ngày" stroke="#dc2626" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
