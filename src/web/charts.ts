/**
 * Geometry for the finance charts, drawn as inline SVG by the templates (no JavaScript, no CDN).
 * Plain numbers in, plain numbers out, so every shape can be tested without a browser.
 */

const GAUGE = { cx: 100, cy: 100, r: 80 };

export interface Gauge {
  /** The grey half circle: the whole approved margin. */
  trackPath: string;
  /** The coloured part: how much of it is used, at most all of it. */
  usedPath: string | null;
  /** 0 to 1; 1 also when the margin is exceeded. */
  fraction: number;
  exceeded: boolean;
}

/**
 * A half-circle gauge of the approved margin (zero or negative, as finance stores it) against
 * how much of it the year's result uses (zero or positive).
 */
export function marginGauge(approvedMarginCents: number, usedCents: number): Gauge {
  const allowed = Math.abs(approvedMarginCents);
  const exceeded = usedCents > allowed;
  const fraction = allowed === 0 ? (usedCents > 0 ? 1 : 0) : Math.min(1, usedCents / allowed);
  const { cx, cy, r } = GAUGE;
  const start = `M${cx - r},${cy}`;
  const angle = Math.PI * fraction;
  const x = round(cx - r * Math.cos(angle));
  const y = round(cy - r * Math.sin(angle));
  return {
    trackPath: `${start} A${r},${r} 0 0 1 ${cx + r},${cy}`,
    usedPath: fraction === 0 ? null : `${start} A${r},${r} 0 0 1 ${x},${y}`,
    fraction,
    exceeded,
  };
}

export interface Bar<T> {
  item: T;
  /** Left edge and width in the 600-wide bar; negative results grow left of the zero line. */
  x: number;
  width: number;
}

/**
 * One bar per event, each drawn in its own row under an HTML label: text inside a scaled SVG
 * would shrink to about 9 px on a phone, HTML text keeps the page's font size.
 */
export const BARS = { width: 600, zeroX: 300, halfWidth: 280, barHeight: 18 };

/** Scaled so the largest result (gain or loss) fills its half. */
export function resultBars<T>(items: readonly T[], resultCents: (item: T) => number): Bar<T>[] {
  const largest = Math.max(1, ...items.map((item) => Math.abs(resultCents(item))));
  return items.map((item) => {
    const value = resultCents(item);
    const width = round((Math.abs(value) / largest) * BARS.halfWidth);
    return { item, x: value < 0 ? BARS.zeroX - width : BARS.zeroX, width };
  });
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Counts (such as answers per satisfaction score) from the left edge, scaled so the largest fills the row. */
export function countBars<T>(items: readonly T[], count: (item: T) => number): Bar<T>[] {
  const largest = Math.max(1, ...items.map(count));
  return items.map((item) => ({ item, x: 0, width: round((count(item) / largest) * BARS.width) }));
}
