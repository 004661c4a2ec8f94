/** Names, colours and numbers shared by the views. */
export const QUADS: Record<number, { name: string; color: string }> = {
  1: { name: 'Verbal cooperation', color: '#8cc9a0' },
  2: { name: 'Material cooperation', color: '#2e8b57' },
  3: { name: 'Verbal conflict', color: '#f0a35e' },
  4: { name: 'Material conflict', color: '#c8423b' },
};

const RED = [200, 66, 59];
const GREY = [154, 163, 173];
const GREEN = [46, 139, 87];

/** Goldstein −10 (red) … 0 (grey) … +10 (green). */
export function goldsteinColor(g: number | null): string {
  if (g === null || Number.isNaN(g)) return `rgb(${GREY.join(',')})`;
  const t = Math.max(-1, Math.min(1, g / 10));
  const [a, b] = t < 0 ? [GREY, RED] : [GREY, GREEN];
  const k = Math.min(1, Math.abs(t) * 1.6);
  return `rgb(${a.map((v, i) => Math.round(v + (b[i]! - v) * k)).join(',')})`;
}

export const num = (n: number | null | undefined, digits = 0): string =>
  n === null || n === undefined ? '–' : n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const signed = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : `${n > 0 ? '+' : ''}${num(n, 1)}`);

/** The inclusive day range of a series period (a day, an ISO week labelled by its Monday, or YYYY-MM). */
export function periodRange(period: string, interval: 'day' | 'week' | 'month'): { from: string; to: string } {
  if (interval === 'day') return { from: period, to: period };
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
  }
  const end = new Date(Date.parse(`${period}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  return { from: period, to: end };
}

/** "USAGOV" or, when null, the words the text used ("Siemens"), or a dash. */
export const actorName = (code: string | null, text: string | null): string => code ?? (text ? `“${text}”` : '—');
