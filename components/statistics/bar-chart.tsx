"use client";
// A bar chart of one series (recharts). Decorative for assistive technology: the same numbers are
// always next to it as a table (see ChartFigure), so the SVG is hidden from screen readers.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  label: string;
  value: number;
}

export function StatBarChart({ data, valueLabel, horizontal = false }: { data: ChartPoint[]; valueLabel: string; horizontal?: boolean }) {
  const height = horizontal ? Math.max(160, data.length * 28 + 40) : 240;
  const format = (v: unknown) => [Number(v).toLocaleString("vi-VN"), valueLabel] as [string, string];
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        {horizontal ? (
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} interval={0} />
            <Tooltip formatter={format} />
            <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
            <Tooltip formatter={format} />
            <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
