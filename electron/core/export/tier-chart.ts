/**
 * The report's chart as a PNG drawn in Node (no browser, no canvas package): the tier distribution as
 * bars in the tiers' colours (left) and the Pareto curve — cumulative revenue share against cumulative
 * customer share — with the 80 % line (right). Titles and the legend live in the sheet's cells beside it.
 */
import type { ParetoPoint } from '../../../shared/scoring';
import { encodePng } from './png-encoder';
import { hexToRgb, Raster, type Rgb } from './raster';

export interface ChartInput {
  tiers: { id: string; color: string; count: number }[];
  curve: ParetoPoint[];
}

export const CHART_SIZE = { width: 960, height: 420 } as const;

const AXIS: Rgb = [71, 85, 105];
const GRID: Rgb = [226, 232, 240];
const INK: Rgb = [30, 41, 59];
const CURVE: Rgb = [37, 99, 235];
const GUIDE: Rgb = [220, 38, 38];

interface Box { left: number; top: number; width: number; height: number }

/** A round step for about five ticks up to `max`. */
export function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10;
  return unit * magnitude;
}

function drawBars(r: Raster, box: Box, tiers: ChartInput['tiers']) {
  const max = Math.max(1, ...tiers.map((t) => t.count));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => box.top + box.height - (v / top) * box.height;
  for (let v = 0; v <= top; v += step) {
    r.line(box.left, y(v), box.left + box.width, y(v), GRID);
    const label = String(v);
    r.text(label, box.left - 8 - Raster.textWidth(label, 2), y(v) - 5, AXIS);
  }
  const slot = box.width / Math.max(1, tiers.length);
  const barWidth = Math.min(90, slot * 0.6);
  tiers.forEach((t, i) => {
    const x = box.left + slot * i + (slot - barWidth) / 2;
    const height = (t.count / top) * box.height;
    r.fillRect(x, box.top + box.height - height, barWidth, height, hexToRgb(t.color));
    const label = String(t.count);
    r.text(label, x + (barWidth - Raster.textWidth(label, 2)) / 2, box.top + box.height - height - 14, INK);
    r.fillRect(x, box.top + box.height + 8, barWidth, 8, hexToRgb(t.color)); // the tier's swatch under its bar
    const id = t.id.toUpperCase();
    if (id.length <= 8 && Raster.canWrite(id)) r.text(id, x + (barWidth - Raster.textWidth(id, 2)) / 2, box.top + box.height + 24, INK);
  });
  r.line(box.left, box.top, box.left, box.top + box.height, AXIS, 2);
  r.line(box.left, box.top + box.height, box.left + box.width, box.top + box.height, AXIS, 2);
}

function drawPareto(r: Raster, box: Box, curve: ParetoPoint[]) {
  const x = (share: number) => box.left + share * box.width;
  const y = (share: number) => box.top + box.height - share * box.height;
  for (let p = 0; p <= 100; p += 20) {
    r.line(x(p / 100), box.top, x(p / 100), box.top + box.height, GRID);
    r.line(box.left, y(p / 100), box.left + box.width, y(p / 100), GRID);
    const label = `${p}%`;
    r.text(label, box.left - 8 - Raster.textWidth(label, 2), y(p / 100) - 5, AXIS);
    r.text(label, x(p / 100) - Raster.textWidth(label, 2) / 2, box.top + box.height + 10, AXIS);
  }
  r.dashed(x(0), y(0), x(1), y(1), AXIS); // equal shares
  r.dashed(box.left, y(0.8), box.left + box.width, y(0.8), GUIDE); // 80 % of revenue
  r.dashed(x(0.2), box.top, x(0.2), box.top + box.height, GUIDE); // top 20 % of customers
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1], b = curve[i];
    r.line(x(a.customerShare), y(a.revenueShare), x(b.customerShare), y(b.revenueShare), CURVE, 3);
  }
  r.line(box.left, box.top, box.left, box.top + box.height, AXIS, 2);
  r.line(box.left, box.top + box.height, box.left + box.width, box.top + box.height, AXIS, 2);
}

export function renderTierChart(input: ChartInput): Buffer {
  const { width, height } = CHART_SIZE;
  const r = new Raster(width, height);
  drawBars(r, { left: 70, top: 30, width: 370, height: height - 90 }, input.tiers);
  drawPareto(r, { left: 560, top: 30, width: 370, height: height - 90 }, input.curve);
  r.line(width / 2 + 20, 20, width / 2 + 20, height - 20, GRID);
  return encodePng(width, height, r.pixels);
}
