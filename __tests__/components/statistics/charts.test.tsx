import { render } from "@testing-library/react";
import { StatBarChart } from "@/components/statistics/bar-chart";
import { DailyLineChart } from "@/components/statistics/line-chart";

beforeAll(() => {
  // jsdom has no layout: recharts warns that the container measures 0×0, which is expected here.
  const warn = console.warn;
  jest.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("of chart should be greater than 0")) warn(...args);
  });
  // recharts' ResponsiveContainer only needs the observer to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

test.each([false, true])("a bar chart (horizontal: %p) renders hidden from assistive technology", (horizontal) => {
  const { container } = render(
    <StatBarChart
      data={[
        { label: "0", value: 3 },
        { label: "1", value: 5 },
      ]}
      valueLabel="Lượt thi"
      horizontal={horizontal}
    />,
  );
  expect(container.firstElementChild).toHaveAttribute("aria-hidden", "true");
});

test("the daily chart renders hidden from assistive technology", () => {
  const { container } = render(<DailyLineChart data={[{ label: "16/03", attempts: 4, participants: 3 }]} />);
  expect(container.firstElementChild).toHaveAttribute("aria-hidden", "true");
});
